package ru.spojournal.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Links to the other pages of a paged list: the current address with only {@code page} changed, so
 * that search, filters and sorting survive paging without each page listing its parameters.
 * Templates call it as {@code @pageLinks.to(n)} from the shared pager fragment.
 */
@Component("pageLinks")
public class PageLinks {

    public String to(int page) {
        HttpServletRequest request =
                ((ServletRequestAttributes) RequestContextHolder.currentRequestAttributes()).getRequest();
        return UriComponentsBuilder.fromPath(request.getRequestURI())
                .query(request.getQueryString())
                .replaceQueryParam("page", Math.max(page, 0))
                .build(true)
                .toUriString();
    }
}
