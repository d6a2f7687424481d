-- The agreements list shows a fund's agreements newest first (signed_on, then id): in that order the database reads
-- just the page instead of every agreement of the fund, sorted for each request.
create index agreement_fund_signed on mobilisation.agreement (fund_id, signed_on desc, id desc);
