-- The Steering Committee decision a commitment, release or transfer acts on, so that what one decision approved is
-- committed at most once (a budget revision's increase is committed on its own decision).
alter table mobilisation.journal add column decision_id bigint references governance.decision (id);
create index journal_fund_decision on mobilisation.journal (fund_id, decision_id);
