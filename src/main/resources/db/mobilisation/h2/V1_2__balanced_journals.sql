-- On the embedded database the balance of every journal is guarded by the code's single choke point
-- (mobilisation.domain.Journal); the deferred constraint trigger exists on PostgreSQL only (see its V1_2).
select 1;
