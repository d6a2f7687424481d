-- Concept notes carry a change number: the notes list remembers its totals per filter under it (NoteTotals).
insert into platform.change_number (record_type, changed) values ('ConceptNote', 0);
