-- The decision register lists a fund's decisions newest first, by effective date and then reference. The index on
-- (fund_id, effective_on) alone made the database read every decision of the newest day (190 at the benchmark's
-- volume) and sort them for each page; in the register's own order it reads just the page. It serves every query
-- the old one did (same leading columns), so it replaces it.
create index decision_fund_register_order on governance.decision (fund_id, effective_on desc, reference desc);
drop index governance.decision_fund_effective;
