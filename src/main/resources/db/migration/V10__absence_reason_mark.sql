-- The short mark a reason of absence shows in the journal's cell instead of «н» (б: болезнь,
-- у: по заявлению, р: по распоряжению колледжа); a reason without one shows «н».
alter table absence_reason add column mark varchar(2);
update absence_reason set mark = 'б' where code = 'ILLNESS';
update absence_reason set mark = 'у' where code = 'FAMILY';
update absence_reason set mark = 'р' where code = 'COLLEGE';
