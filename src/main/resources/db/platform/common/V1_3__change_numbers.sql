-- One change number per kind of record whose lists remember their totals (platform.persistence.ChangeNumbers):
-- every transaction that changes such a record raises it before committing. Each module adds its kinds' rows.
create table platform.change_number (
    record_type varchar(60) not null primary key,
    changed     bigint      default 0 not null
);
