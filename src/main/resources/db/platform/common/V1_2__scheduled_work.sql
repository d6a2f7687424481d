-- Scheduled work, once across instances: every instance's timer tries to claim the run of a job for a time slot;
-- the primary key lets exactly one of them have it (platform.schedule.ScheduledWork). Kept as the jobs' history.
create table platform.scheduled_run (
    job         varchar(60)  not null,
    run_slot    varchar(40)  not null,
    instance    varchar(200) not null,
    started_at  timestamp    not null,
    finished_at timestamp,
    outcome     varchar(500),
    constraint scheduled_run_once primary key (job, run_slot)
);
create index scheduled_run_latest on platform.scheduled_run (job, started_at);
