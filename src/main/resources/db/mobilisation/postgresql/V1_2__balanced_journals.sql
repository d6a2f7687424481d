-- The database's own guard of the ledger's first invariant: at commit, the lines of every journal touched by the
-- transaction sum to zero per currency. Deferred, so a journal is written line by line and checked once complete;
-- a violation fails the commit with SQLSTATE 23514 (check_violation). The code checks the same thing first
-- (mobilisation.domain.Journal), so this fires only if that choke point is ever bypassed.
create function mobilisation.check_journal_balanced() returns trigger language plpgsql as $$
declare
    unbalanced record;
begin
    select currency, sum(amount) as total into unbalanced
    from mobilisation.journal_line where journal_id = new.journal_id
    group by currency having sum(amount) <> 0 limit 1;
    if found then
        raise exception 'journal % is not balanced: % % left over', new.journal_id, unbalanced.total, unbalanced.currency
            using errcode = '23514';
    end if;
    return null;
end;
$$;

create constraint trigger journal_line_balanced
    after insert or update on mobilisation.journal_line
    deferrable initially deferred
    for each row execute function mobilisation.check_journal_balanced();

-- Journals and their lines are never changed or removed: a mistake is corrected by a reversal.
create function mobilisation.refuse_ledger_change() returns trigger language plpgsql as $$
begin
    raise exception 'the ledger is append-only: % on % refused (record a reversal instead)', tg_op, tg_table_name
        using errcode = '23514';
end;
$$;

create trigger journal_line_append_only before update or delete on mobilisation.journal_line
    for each row execute function mobilisation.refuse_ledger_change();
create trigger journal_append_only before update or delete on mobilisation.journal
    for each row execute function mobilisation.refuse_ledger_change();
