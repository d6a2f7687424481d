-- Raised with every decision recorded or revised, in the same transaction: what the decision register keeps in
-- memory (its totals per filter) is valid while this number stays the same. Not fund data (no audit trail).
alter table governance.fund add column decisions_changed bigint default 0 not null;
