-- The newest journal of a fund, read before every whole-ledger sum (the funding status, the dashboard's figures):
-- the key under which the application remembers those sums until the next booking. One index probe.
create index journal_fund_newest on mobilisation.journal (fund_id, id);
