package ru.spojournal.platform.error;

import java.time.temporal.Temporal;
import java.util.Arrays;
import java.util.Collection;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.util.ClassUtils;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * The field of a JSON body whose value did not read as the field's type, as the JSON reader
 * reports it: its path as the API's field errors write it ({@code homework.dueDate},
 * {@code columns[0].workTypeId}), its own name and the type it takes.
 */
record JsonFieldError(String path, String name, Class<?> type) {

    /**
     * The field behind an unreadable body, if the body was JSON and one field's value was of the
     * wrong kind or out of its type's range (a number past {@code Long.MAX_VALUE}).
     */
    static Optional<JsonFieldError> of(Throwable failure) {
        for (Throwable t = failure; t != null && t.getCause() != t; t = t.getCause()) {
            if (t instanceof MismatchedInputException mismatch
                    && !mismatch.getPath().isEmpty()) {
                return of(mismatch, mismatch.getTargetType());
            }
            if (t instanceof InputCoercionException range && !range.getPath().isEmpty()) {
                return of(range, range.getTargetType());
            }
        }
        return Optional.empty();
    }

    private static Optional<JsonFieldError> of(JacksonException failure, Class<?> type) {
        StringBuilder path = new StringBuilder();
        String name = null;
        for (JacksonException.Reference step : failure.getPath()) {
            if (step.getPropertyName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(step.getPropertyName());
                name = step.getPropertyName();
            } else if (step.getIndex() >= 0) {
                path.append('[').append(step.getIndex()).append(']');
            }
        }
        return name == null ? Optional.empty() : Optional.of(new JsonFieldError(path.toString(), name, type));
    }

    /** What a value of this type looks like, as a message of the bundle («целое число»). */
    static MessageSourceResolvable expected(Class<?> type) {
        if (type == null) {
            return key("error.expected.value");
        }
        Class<?> t = ClassUtils.resolvePrimitiveIfNecessary(type);
        if (Number.class.isAssignableFrom(t)) {
            return key("error.expected.number");
        } else if (t == Boolean.class) {
            return key("error.expected.boolean");
        } else if (Temporal.class.isAssignableFrom(t)) {
            return key("error.expected.date");
        } else if (t.isEnum()) {
            String values = Arrays.stream(t.getEnumConstants())
                    .map(c -> ((Enum<?>) c).name())
                    .collect(Collectors.joining(", "));
            return new DefaultMessageSourceResolvable(new String[] {"error.expected.oneOf"}, new Object[] {values});
        } else if (CharSequence.class.isAssignableFrom(t)) {
            return key("error.expected.text");
        } else if (Collection.class.isAssignableFrom(t) || t.isArray()) {
            return key("error.expected.list");
        }
        return key("error.expected.object");
    }

    private static MessageSourceResolvable key(String code) {
        return new DefaultMessageSourceResolvable(code);
    }
}
