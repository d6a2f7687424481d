-- Demo programming of the Migration MPTF (mptf.demo-data=true): two calls for concept notes, notes in every state,
-- and joint programmes at every stage, national, regional and global. Plausible, not real. The money is booked
-- exactly as the application books it (FundMoneyService): commitments on the approving decision, drawn from the
-- programme's earmark pools in Pool.forProgramme order up to what each has available; transfers drawn from the
-- programme's outstanding commitments, pools in key order, up to the cash each holds; refunds and releases back to
-- the pools the money came from, earmarked first. Every journal balances; no pool's cash or availability goes below
-- zero at any date. Records are found by their natural keys (titles, references, idempotency keys), never by id.
-- V1 names concept notes 1 and 2 and joint programme 1 by id: on a fresh database they are the first rows inserted
-- here (notes "Alternatives to immigration detention..." and "Safe labour migration from Nepal...", and that
-- programme); the same decisions also name them below by title, in case the ids differ.
--
-- AREA:2           cash      794400.00 committed      794400.00 available           0.00
-- AREA:4           cash     1040977.00 committed     1040977.00 available           0.00
-- COUNTRY:BGD      cash           0.00 committed           0.00 available           0.00
-- REGION:Americas  cash      297000.00 committed      297000.00 available           0.00
-- UNEARMARKED      cash    11871264.48 committed     2126463.00 available     9244801.48
-- committed (approvals+revision) 10712250.00; released 54080.00; transferred 6399330.00; refunded 13822.48
-- P1 ACTIVE                 total   2500000.00 transferred   1250000.00 outstanding   1250000.00
-- P2 FINANCIALLY_CLOSED     total   1198400.00 transferred   1144320.00 outstanding         0.00
-- P3 OPERATIONALLY_CLOSED   total   1599650.00 transferred   1599650.00 outstanding         0.00
-- P4 ACTIVE                 total   2204200.00 transferred   1677760.00 outstanding    526440.00
-- P5 SUSPENDED              total   1819000.00 transferred    727600.00 outstanding   1091400.00
-- P6 APPROVED               total   1391000.00 transferred         0.00 outstanding   1391000.00
-- P7 SUBMITTED              total   1819000.00 transferred         0.00 outstanding         0.00
-- P8 DRAFT                  total    984400.00 transferred         0.00 outstanding         0.00
-- P9 CANCELLED              total   1316100.00 transferred         0.00 outstanding         0.00

-- Calls for concept notes: one decided, one open until 30 June 2027.
insert into programming.call_for_notes (fund_id, title, opens_on, closes_on, budget_ceiling, max_duration_months, status)
select id, 'Call for concept notes 2024: national, regional and global joint programmes', date '2024-03-01', date '2024-05-31', 3000000, 36, 'DECIDED' from governance.fund where code = 'MIG';
insert into programming.call_for_notes (fund_id, title, opens_on, closes_on, budget_ceiling, max_duration_months, status)
select id, 'Call for concept notes 2026-2027: protection, regular pathways and inclusion', date '2026-09-01', date '2027-06-30', 2500000, 36, 'OPEN' from governance.fund where code = 'MIG';
insert into programming.call_scope (call_id, scope) select c.id, s.scope from programming.call_for_notes c cross join (
    select 'NATIONAL' as scope union all select 'REGIONAL' union all select 'GLOBAL'
) s where c.title = 'Call for concept notes 2024: national, regional and global joint programmes';
insert into programming.call_thematic_area (call_id, area_number) select c.id, a.area_number from programming.call_for_notes c cross join (
    select 1 as area_number union all select 2 union all select 3 union all select 4 union all select 5
) a where c.title = 'Call for concept notes 2024: national, regional and global joint programmes';
insert into programming.call_scope (call_id, scope) select c.id, s.scope from programming.call_for_notes c cross join (
    select 'NATIONAL' as scope union all select 'REGIONAL'
) s where c.title = 'Call for concept notes 2026-2027: protection, regular pathways and inclusion';
insert into programming.call_thematic_area (call_id, area_number) select c.id, a.area_number from programming.call_for_notes c cross join (
    select 2 as area_number union all select 3 union all select 4 union all select 5
) a where c.title = 'Call for concept notes 2026-2027: protection, regular pathways and inclusion';

-- Steering Committee meetings where the programmes were decided (the 2025-03-12 and 2026-06-18 meetings are V1's).
insert into governance.meeting (fund_id, meets_on, title, location, status)
select id, date '2024-09-26', 'Autumn meeting 2024', 'Geneva and online', 'MINUTES_APPROVED' from governance.fund where code = 'MIG';
insert into governance.meeting_agenda_item (meeting_id, position, item)
select m.id, a.position, a.item from governance.meeting m join governance.fund f on f.id = m.fund_id cross join (
    select 0 as position, 'Adoption of the agenda' as item
    union all select 1, 'Results of the 2024 call for concept notes'
    union all select 2, 'Endorsement of concept notes into the pipeline'
) a where f.code = 'MIG' and m.meets_on = date '2024-09-26';
insert into governance.meeting_attendance (meeting_id, member_id)
select mt.id, cm.id from governance.meeting mt join governance.committee_member cm on cm.fund_id = mt.fund_id
join governance.fund f on f.id = mt.fund_id where f.code = 'MIG' and mt.meets_on = date '2024-09-26'
  and cm.full_name in ('Elena Marković', 'Tomás Herrera', 'Aisha Bello', 'Lukas Brandt', 'Carlos Mendoza', 'Fatou Diop', 'Rahul Iyer');
insert into governance.meeting (fund_id, meets_on, title, location, status)
select id, date '2024-12-11', 'Year-end meeting 2024', 'Online', 'MINUTES_APPROVED' from governance.fund where code = 'MIG';
insert into governance.meeting_agenda_item (meeting_id, position, item)
select m.id, a.position, a.item from governance.meeting m join governance.fund f on f.id = m.fund_id cross join (
    select 0 as position, 'Adoption of the agenda' as item
    union all select 1, 'Allocations to the first joint programmes of the 2024 call'
    union all select 2, 'Transfer of first tranches'
) a where f.code = 'MIG' and m.meets_on = date '2024-12-11';
insert into governance.meeting_attendance (meeting_id, member_id)
select mt.id, cm.id from governance.meeting mt join governance.committee_member cm on cm.fund_id = mt.fund_id
join governance.fund f on f.id = mt.fund_id where f.code = 'MIG' and mt.meets_on = date '2024-12-11'
  and cm.full_name in ('Elena Marković', 'Aisha Bello', 'Lukas Brandt', 'Mei Tanaka', 'Fatou Diop', 'Rahul Iyer');
insert into governance.meeting (fund_id, meets_on, title, location, status)
select id, date '2025-09-24', 'Autumn meeting 2025', 'Geneva', 'MINUTES_APPROVED' from governance.fund where code = 'MIG';
insert into governance.meeting_agenda_item (meeting_id, position, item)
select m.id, a.position, a.item from governance.meeting m join governance.fund f on f.id = m.fund_id cross join (
    select 0 as position, 'Adoption of the agenda' as item
    union all select 1, 'Budget revision of the Eastern Route programme'
    union all select 2, 'Transfer of second tranches'
) a where f.code = 'MIG' and m.meets_on = date '2025-09-24';
insert into governance.meeting_attendance (meeting_id, member_id)
select mt.id, cm.id from governance.meeting mt join governance.committee_member cm on cm.fund_id = mt.fund_id
join governance.fund f on f.id = mt.fund_id where f.code = 'MIG' and mt.meets_on = date '2025-09-24'
  and cm.full_name in ('Elena Marković', 'Tomás Herrera', 'Aisha Bello', 'Lukas Brandt', 'Mei Tanaka', 'Carlos Mendoza', 'Rahul Iyer');

-- Decisions: endorsements, allocations (amount = the budget committed), transfer instructions, one budget revision.
insert into governance.decision (fund_id, meeting_id, reference, decision_type, title, text, effective_on, amount, currency)
select m.fund_id, m.id, 'MIG-SC-2024-001', 'ENDORSE_PIPELINE', 'Endorsement of eight concept notes of the 2024 call into the pipeline',
    'The Steering Committee endorses eight concept notes of the 2024 call into the pipeline, ranked by their review scores, to be invited to full programme documents as funds become available.',
    date '2024-09-26', cast(null as numeric(19, 4)), cast(null as char(3))
from governance.meeting m join governance.fund f on f.id = m.fund_id where f.code = 'MIG' and m.meets_on = date '2024-09-26';
insert into governance.decision (fund_id, meeting_id, reference, decision_type, title, text, effective_on, amount, currency)
select m.fund_id, m.id, 'MIG-SC-2024-002', 'ENDORSE_PIPELINE', 'Concept note not retained',
    'The Steering Committee does not retain the concept note on diaspora investment in the Gambia: its link to the GCM objectives and the participation of the second organisation are too weak.',
    date '2024-09-26', cast(null as numeric(19, 4)), cast(null as char(3))
from governance.meeting m join governance.fund f on f.id = m.fund_id where f.code = 'MIG' and m.meets_on = date '2024-09-26';
insert into governance.decision (fund_id, meeting_id, reference, decision_type, title, text, effective_on, amount, currency)
select m.fund_id, m.id, 'MIG-SC-2024-003', 'APPROVE_ALLOCATION', 'Allocation to Migrant-inclusive local services in Morocco',
    'The Steering Committee approves the programme document and budget of the joint programme "Migrant-inclusive local services in Morocco" and allocates USD 1,198,400.00 to it.',
    date '2024-12-11', cast(1198400.00 as numeric(19, 4)), 'USD'
from governance.meeting m join governance.fund f on f.id = m.fund_id where f.code = 'MIG' and m.meets_on = date '2024-12-11';
insert into governance.decision (fund_id, meeting_id, reference, decision_type, title, text, effective_on, amount, currency)
select m.fund_id, m.id, 'MIG-SC-2024-004', 'APPROVE_ALLOCATION', 'Allocation to Fair recruitment and decent work for migrant workers from Bangladesh',
    'The Steering Committee approves the programme document and budget of the joint programme "Fair recruitment and decent work for migrant workers from Bangladesh" and allocates USD 1,599,650.00 to it.',
    date '2024-12-11', cast(1599650.00 as numeric(19, 4)), 'USD'
from governance.meeting m join governance.fund f on f.id = m.fund_id where f.code = 'MIG' and m.meets_on = date '2024-12-11';
insert into governance.decision (fund_id, meeting_id, reference, decision_type, title, text, effective_on, amount, currency)
select m.fund_id, m.id, 'MIG-SC-2024-005', 'APPROVE_ALLOCATION', 'Allocation to Countering trafficking and smuggling along the Eastern Route',
    'The Steering Committee approves the programme document and budget of the joint programme "Countering trafficking and smuggling along the Eastern Route" and allocates USD 1,990,200.00 to it.',
    date '2024-12-11', cast(1990200.00 as numeric(19, 4)), 'USD'
from governance.meeting m join governance.fund f on f.id = m.fund_id where f.code = 'MIG' and m.meets_on = date '2024-12-11';
insert into governance.decision (fund_id, meeting_id, reference, decision_type, title, text, effective_on, amount, currency)
select m.fund_id, m.id, 'MIG-SC-2024-006', 'INSTRUCT_TRANSFER', 'Transfer of the first tranche of Migrant-inclusive local services in Morocco',
    'The Steering Committee instructs the Administrative Agent to transfer the first tranche of the joint programme "Migrant-inclusive local services in Morocco": IOM USD 321,000.00, UNDP USD 231,120.00, UNICEF USD 166,920.00.',
    date '2024-12-11', cast(719040.00 as numeric(19, 4)), 'USD'
from governance.meeting m join governance.fund f on f.id = m.fund_id where f.code = 'MIG' and m.meets_on = date '2024-12-11';
insert into governance.decision (fund_id, meeting_id, reference, decision_type, title, text, effective_on, amount, currency)
select m.fund_id, m.id, 'MIG-SC-2024-007', 'INSTRUCT_TRANSFER', 'Transfer of the first tranche of Fair recruitment and decent work for migrant workers from Bangladesh',
    'The Steering Committee instructs the Administrative Agent to transfer the first tranche of the joint programme "Fair recruitment and decent work for migrant workers from Bangladesh": ILO USD 470,800.00, IOM USD 329,025.00.',
    date '2024-12-11', cast(799825.00 as numeric(19, 4)), 'USD'
from governance.meeting m join governance.fund f on f.id = m.fund_id where f.code = 'MIG' and m.meets_on = date '2024-12-11';
insert into governance.decision (fund_id, meeting_id, reference, decision_type, title, text, effective_on, amount, currency)
select m.fund_id, m.id, 'MIG-SC-2024-008', 'INSTRUCT_TRANSFER', 'Transfer of the first tranche of Countering trafficking and smuggling along the Eastern Route',
    'The Steering Committee instructs the Administrative Agent to transfer the first tranche of the joint programme "Countering trafficking and smuggling along the Eastern Route": UNODC USD 338,120.00, IOM USD 295,320.00, UNICEF USD 162,640.00.',
    date '2024-12-11', cast(796080.00 as numeric(19, 4)), 'USD'
from governance.meeting m join governance.fund f on f.id = m.fund_id where f.code = 'MIG' and m.meets_on = date '2024-12-11';
insert into governance.decision (fund_id, meeting_id, reference, decision_type, title, text, effective_on, amount, currency)
select m.fund_id, m.id, 'MIG-SC-2025-003', 'APPROVE_ALLOCATION', 'Allocation to Protection of children on the move in Central America and Mexico',
    'The Steering Committee approves the programme document and budget of the joint programme "Protection of children on the move in Central America and Mexico" and allocates USD 1,819,000.00 to it.',
    date '2025-03-12', cast(1819000.00 as numeric(19, 4)), 'USD'
from governance.meeting m join governance.fund f on f.id = m.fund_id where f.code = 'MIG' and m.meets_on = date '2025-03-12';
insert into governance.decision (fund_id, meeting_id, reference, decision_type, title, text, effective_on, amount, currency)
select m.fund_id, m.id, 'MIG-SC-2025-004', 'INSTRUCT_TRANSFER', 'Transfer of the first tranche of Protection of children on the move in Central America and Mexico',
    'The Steering Committee instructs the Administrative Agent to transfer the first tranche of the joint programme "Protection of children on the move in Central America and Mexico": UNICEF USD 321,000.00, IOM USD 243,960.00, UNHCR USD 162,640.00.',
    date '2025-03-12', cast(727600.00 as numeric(19, 4)), 'USD'
from governance.meeting m join governance.fund f on f.id = m.fund_id where f.code = 'MIG' and m.meets_on = date '2025-03-12';
insert into governance.decision (fund_id, meeting_id, reference, decision_type, title, text, effective_on, amount, currency)
select m.fund_id, m.id, 'MIG-SC-2025-005', 'APPROVE_REVISION', 'Budget revision of Countering trafficking and smuggling along the Eastern Route',
    'The Steering Committee approves the budget revision of the joint programme "Countering trafficking and smuggling along the Eastern Route": IOM and UNICEF add USD 214,000.00 for transfers to counterparts running search, rescue and child protection services on the route. The programme''s budget becomes USD 2,204,200.00.',
    date '2025-09-24', cast(214000.00 as numeric(19, 4)), 'USD'
from governance.meeting m join governance.fund f on f.id = m.fund_id where f.code = 'MIG' and m.meets_on = date '2025-09-24';
insert into governance.decision (fund_id, meeting_id, reference, decision_type, title, text, effective_on, amount, currency)
select m.fund_id, m.id, 'MIG-SC-2025-006', 'INSTRUCT_TRANSFER', 'Transfer of the second and final tranche of Migrant-inclusive local services in Morocco',
    'The Steering Committee instructs the Administrative Agent to transfer the second and final tranche of the joint programme "Migrant-inclusive local services in Morocco": IOM USD 214,000.00, UNDP USD 100,000.00, UNICEF USD 111,280.00.',
    date '2025-09-24', cast(425280.00 as numeric(19, 4)), 'USD'
from governance.meeting m join governance.fund f on f.id = m.fund_id where f.code = 'MIG' and m.meets_on = date '2025-09-24';
insert into governance.decision (fund_id, meeting_id, reference, decision_type, title, text, effective_on, amount, currency)
select m.fund_id, m.id, 'MIG-SC-2025-007', 'INSTRUCT_TRANSFER', 'Transfer of the second and final tranche of Fair recruitment and decent work for migrant workers from Bangladesh',
    'The Steering Committee instructs the Administrative Agent to transfer the second and final tranche of the joint programme "Fair recruitment and decent work for migrant workers from Bangladesh": ILO USD 470,800.00, IOM USD 329,025.00.',
    date '2025-09-24', cast(799825.00 as numeric(19, 4)), 'USD'
from governance.meeting m join governance.fund f on f.id = m.fund_id where f.code = 'MIG' and m.meets_on = date '2025-09-24';
insert into governance.decision (fund_id, meeting_id, reference, decision_type, title, text, effective_on, amount, currency)
select m.fund_id, m.id, 'MIG-SC-2025-008', 'INSTRUCT_TRANSFER', 'Transfer of the second tranche of Countering trafficking and smuggling along the Eastern Route',
    'The Steering Committee instructs the Administrative Agent to transfer the second tranche of the joint programme "Countering trafficking and smuggling along the Eastern Route": UNODC USD 338,120.00, IOM USD 346,680.00, UNICEF USD 196,880.00.',
    date '2025-09-24', cast(881680.00 as numeric(19, 4)), 'USD'
from governance.meeting m join governance.fund f on f.id = m.fund_id where f.code = 'MIG' and m.meets_on = date '2025-09-24';
insert into governance.decision (fund_id, meeting_id, reference, decision_type, title, text, effective_on, amount, currency)
select m.fund_id, m.id, 'MIG-SC-2026-003', 'APPROVE_ALLOCATION', 'Allocation to Skills mobility partnerships for workers from the Philippines',
    'The Steering Committee approves the programme document and budget of the joint programme "Skills mobility partnerships for workers from the Philippines" and allocates USD 1,391,000.00 to it.',
    date '2026-06-18', cast(1391000.00 as numeric(19, 4)), 'USD'
from governance.meeting m join governance.fund f on f.id = m.fund_id where f.code = 'MIG' and m.meets_on = date '2026-06-18';
insert into governance.decision (fund_id, meeting_id, reference, decision_type, title, text, effective_on, amount, currency)
select m.fund_id, m.id, 'MIG-SC-2026-004', 'INSTRUCT_TRANSFER', 'Transfer of the first tranche of Alternatives to immigration detention for children and families',
    'The Steering Committee instructs the Administrative Agent to transfer the first tranche of the joint programme "Alternatives to immigration detention for children and families": IOM USD 535,000.00, UNICEF USD 454,750.00, OHCHR USD 260,250.00.',
    date '2026-06-18', cast(1250000.00 as numeric(19, 4)), 'USD'
from governance.meeting m join governance.fund f on f.id = m.fund_id where f.code = 'MIG' and m.meets_on = date '2026-06-18';

-- Concept notes (the first two are the notes V1's MIG-SC-2025-002 endorses as notes 1 and 2).
insert into programming.concept_note (fund_id, call_id, lead_organisation_id, title, summary, scope, thematic_area,
    requested_budget, currency, duration_months, gender_marker, human_rights_marker, child_marker, status,
    screening_reasons, submitted_at, decision_id, invited_at)
select c.fund_id, c.id, o.id, 'Alternatives to immigration detention for children and families',
    'A global programme that helps governments move from detaining migrant children and families to community-based alternatives: case management, guardianship for unaccompanied children, legal aid, and peer learning between countries that have made the change.',
    'GLOBAL', 2, 2500000, 'USD', 24, 2, 3, 3, 'INVITED', cast(null as varchar(4000)), timestamp '2024-05-28 14:12:00', (select id from governance.decision where reference = 'MIG-SC-2025-002'), timestamp '2026-05-20 09:30:00'
from programming.call_for_notes c, governance.organisation o where c.title = 'Call for concept notes 2024: national, regional and global joint programmes' and o.acronym = 'IOM';
insert into programming.concept_note (fund_id, call_id, lead_organisation_id, title, summary, scope, thematic_area,
    requested_budget, currency, duration_months, gender_marker, human_rights_marker, child_marker, status,
    screening_reasons, submitted_at, decision_id, invited_at)
select c.fund_id, c.id, o.id, 'Safe labour migration from Nepal: skills, fair recruitment and remittances',
    'National joint programme with the Government of Nepal on pre-departure skills, recognition of qualifications, zero-fee recruitment and cheaper remittance channels for workers going to the Gulf and Malaysia.',
    'NATIONAL', 4, 1750000, 'USD', 30, 2, 2, 1, 'PIPELINE', cast(null as varchar(4000)), timestamp '2024-05-30 11:40:00', (select id from governance.decision where reference = 'MIG-SC-2025-002'), cast(null as timestamp)
from programming.call_for_notes c, governance.organisation o where c.title = 'Call for concept notes 2024: national, regional and global joint programmes' and o.acronym = 'ILO';
insert into programming.concept_note (fund_id, call_id, lead_organisation_id, title, summary, scope, thematic_area,
    requested_budget, currency, duration_months, gender_marker, human_rights_marker, child_marker, status,
    screening_reasons, submitted_at, decision_id, invited_at)
select c.fund_id, c.id, o.id, 'Migrant-inclusive local services in Morocco',
    'Municipalities in the Rabat-Salé-Kénitra and Oriental regions open their health, education and civil registration services to migrants, with one-stop help desks and training for front-line staff.',
    'NATIONAL', 5, 1200000, 'USD', 15, 2, 2, 2, 'INVITED', cast(null as varchar(4000)), timestamp '2024-04-15 10:05:00', (select id from governance.decision where reference = 'MIG-SC-2024-001'), timestamp '2024-10-01 09:00:00'
from programming.call_for_notes c, governance.organisation o where c.title = 'Call for concept notes 2024: national, regional and global joint programmes' and o.acronym = 'IOM';
insert into programming.concept_note (fund_id, call_id, lead_organisation_id, title, summary, scope, thematic_area,
    requested_budget, currency, duration_months, gender_marker, human_rights_marker, child_marker, status,
    screening_reasons, submitted_at, decision_id, invited_at)
select c.fund_id, c.id, o.id, 'Fair recruitment and decent work for migrant workers from Bangladesh',
    'Regulation and monitoring of recruitment agencies, a complaints mechanism for workers abroad, and skills training matched to demand in destination countries.',
    'NATIONAL', 4, 1600000, 'USD', 18, 2, 2, 0, 'INVITED', cast(null as varchar(4000)), timestamp '2024-04-22 16:30:00', (select id from governance.decision where reference = 'MIG-SC-2024-001'), timestamp '2024-10-01 09:00:00'
from programming.call_for_notes c, governance.organisation o where c.title = 'Call for concept notes 2024: national, regional and global joint programmes' and o.acronym = 'ILO';
insert into programming.concept_note (fund_id, call_id, lead_organisation_id, title, summary, scope, thematic_area,
    requested_budget, currency, duration_months, gender_marker, human_rights_marker, child_marker, status,
    screening_reasons, submitted_at, decision_id, invited_at)
select c.fund_id, c.id, o.id, 'Countering trafficking and smuggling along the Eastern Route',
    'Regional cooperation between Djibouti, Ethiopia, Somalia and Yemen to investigate trafficking networks, identify and protect victims, and give children on the move safe referral to care.',
    'REGIONAL', 3, 2000000, 'USD', 36, 2, 3, 2, 'INVITED', cast(null as varchar(4000)), timestamp '2024-05-10 12:00:00', (select id from governance.decision where reference = 'MIG-SC-2024-001'), timestamp '2024-10-01 09:00:00'
from programming.call_for_notes c, governance.organisation o where c.title = 'Call for concept notes 2024: national, regional and global joint programmes' and o.acronym = 'UNODC';
insert into programming.concept_note (fund_id, call_id, lead_organisation_id, title, summary, scope, thematic_area,
    requested_budget, currency, duration_months, gender_marker, human_rights_marker, child_marker, status,
    screening_reasons, submitted_at, decision_id, invited_at)
select c.fund_id, c.id, o.id, 'Protection of children on the move in Central America and Mexico',
    'Child protection systems in Guatemala, Honduras, El Salvador and Mexico coordinate across borders: best-interest procedures, safe shelters, family tracing and reintegration support.',
    'REGIONAL', 2, 1850000, 'USD', 30, 2, 3, 3, 'INVITED', cast(null as varchar(4000)), timestamp '2024-05-21 09:45:00', (select id from governance.decision where reference = 'MIG-SC-2024-001'), timestamp '2024-12-20 10:00:00'
from programming.call_for_notes c, governance.organisation o where c.title = 'Call for concept notes 2024: national, regional and global joint programmes' and o.acronym = 'UNICEF';
insert into programming.concept_note (fund_id, call_id, lead_organisation_id, title, summary, scope, thematic_area,
    requested_budget, currency, duration_months, gender_marker, human_rights_marker, child_marker, status,
    screening_reasons, submitted_at, decision_id, invited_at)
select c.fund_id, c.id, o.id, 'Skills mobility partnerships for workers from the Philippines',
    'Bilateral skills partnerships with destination countries in health care and construction: training to shared standards, ethical recruitment, and return with recognised qualifications.',
    'NATIONAL', 4, 1500000, 'USD', 24, 2, 1, 0, 'INVITED', cast(null as varchar(4000)), timestamp '2024-05-29 15:20:00', (select id from governance.decision where reference = 'MIG-SC-2024-001'), timestamp '2026-05-20 09:30:00'
from programming.call_for_notes c, governance.organisation o where c.title = 'Call for concept notes 2024: national, regional and global joint programmes' and o.acronym = 'IOM';
insert into programming.concept_note (fund_id, call_id, lead_organisation_id, title, summary, scope, thematic_area,
    requested_budget, currency, duration_months, gender_marker, human_rights_marker, child_marker, status,
    screening_reasons, submitted_at, decision_id, invited_at)
select c.fund_id, c.id, o.id, 'Migration data for the SDG 10.7 indicators',
    'A global programme that helps national statistical offices produce SDG indicators 10.7.1 to 10.7.4 with data disaggregated by sex, age and migration status, and publish them for public discourse.',
    'GLOBAL', 1, 1900000, 'USD', 36, 2, 1, 1, 'INVITED', cast(null as varchar(4000)), timestamp '2024-05-31 17:55:00', (select id from governance.decision where reference = 'MIG-SC-2024-001'), timestamp '2026-07-01 09:00:00'
from programming.call_for_notes c, governance.organisation o where c.title = 'Call for concept notes 2024: national, regional and global joint programmes' and o.acronym = 'UNDESA';
insert into programming.concept_note (fund_id, call_id, lead_organisation_id, title, summary, scope, thematic_area,
    requested_budget, currency, duration_months, gender_marker, human_rights_marker, child_marker, status,
    screening_reasons, submitted_at, decision_id, invited_at)
select c.fund_id, c.id, o.id, 'Regular pathways and decent work for young people in Senegal',
    'Young Senegalese get information on regular pathways, vocational training and placement in seasonal and circular schemes, with support for families who stay behind.',
    'NATIONAL', 4, 1400000, 'USD', 24, 3, 2, 2, 'INVITED', cast(null as varchar(4000)), timestamp '2024-05-24 13:10:00', (select id from governance.decision where reference = 'MIG-SC-2024-001'), timestamp '2026-07-01 09:00:00'
from programming.call_for_notes c, governance.organisation o where c.title = 'Call for concept notes 2024: national, regional and global joint programmes' and o.acronym = 'IOM';
insert into programming.concept_note (fund_id, call_id, lead_organisation_id, title, summary, scope, thematic_area,
    requested_budget, currency, duration_months, gender_marker, human_rights_marker, child_marker, status,
    screening_reasons, submitted_at, decision_id, invited_at)
select c.fund_id, c.id, o.id, 'Protection-sensitive border management in the Western Balkans',
    'Border authorities of Albania, Bosnia and Herzegovina, North Macedonia and Serbia screen and refer people in need of protection, with independent human rights monitoring at the borders.',
    'REGIONAL', 3, 1600000, 'USD', 24, 2, 3, 1, 'INVITED', cast(null as varchar(4000)), timestamp '2024-05-17 10:25:00', (select id from governance.decision where reference = 'MIG-SC-2024-001'), timestamp '2025-01-15 09:00:00'
from programming.call_for_notes c, governance.organisation o where c.title = 'Call for concept notes 2024: national, regional and global joint programmes' and o.acronym = 'UNHCR';
insert into programming.concept_note (fund_id, call_id, lead_organisation_id, title, summary, scope, thematic_area,
    requested_budget, currency, duration_months, gender_marker, human_rights_marker, child_marker, status,
    screening_reasons, submitted_at, decision_id, invited_at)
select c.fund_id, c.id, o.id, 'Diaspora investment in local development in the Gambia',
    'A matching fund for diaspora investment in small enterprises in the regions of origin, with financial literacy for families receiving remittances.',
    'NATIONAL', 5, 900000, 'USD', 24, 1, 1, 1, 'REJECTED', cast(null as varchar(4000)), timestamp '2024-05-27 08:50:00', (select id from governance.decision where reference = 'MIG-SC-2024-002'), cast(null as timestamp)
from programming.call_for_notes c, governance.organisation o where c.title = 'Call for concept notes 2024: national, regional and global joint programmes' and o.acronym = 'UNDP';
insert into programming.concept_note (fund_id, call_id, lead_organisation_id, title, summary, scope, thematic_area,
    requested_budget, currency, duration_months, gender_marker, human_rights_marker, child_marker, status,
    screening_reasons, submitted_at, decision_id, invited_at)
select c.fund_id, c.id, o.id, 'Human rights monitoring of returns in the Sahel',
    'Independent monitoring of returns and readmission in the central Sahel, with legal assistance for returnees.',
    'REGIONAL', 3, 2400000, 'USD', 48, 1, 3, 1, 'INELIGIBLE', 'The duration of 48 months is longer than the call''s 36', timestamp '2024-05-31 18:05:00', cast(null as bigint), cast(null as timestamp)
from programming.call_for_notes c, governance.organisation o where c.title = 'Call for concept notes 2024: national, regional and global joint programmes' and o.acronym = 'OHCHR';
insert into programming.concept_note (fund_id, call_id, lead_organisation_id, title, summary, scope, thematic_area,
    requested_budget, currency, duration_months, gender_marker, human_rights_marker, child_marker, status,
    screening_reasons, submitted_at, decision_id, invited_at)
select c.fund_id, c.id, o.id, 'Community-based reintegration of returning migrants in Ethiopia',
    'Draft: returnees and their communities in Amhara and Oromia get psychosocial support, skills and small grants; children are re-enrolled in school.',
    'NATIONAL', 2, 1200000, 'USD', 24, 2, 2, cast(null as integer), 'DRAFT', cast(null as varchar(4000)), cast(null as timestamp), cast(null as bigint), cast(null as timestamp)
from programming.call_for_notes c, governance.organisation o where c.title = 'Call for concept notes 2026-2027: protection, regular pathways and inclusion' and o.acronym = 'IOM';
insert into programming.concept_note (fund_id, call_id, lead_organisation_id, title, summary, scope, thematic_area,
    requested_budget, currency, duration_months, gender_marker, human_rights_marker, child_marker, status,
    screening_reasons, submitted_at, decision_id, invited_at)
select c.fund_id, c.id, o.id, 'Global facility for migrant entrepreneurship',
    'A global facility to finance business start-ups by migrants and returnees.',
    'GLOBAL', 4, 2800000, 'USD', 36, 1, 1, 0, 'INELIGIBLE', 'A joint programme needs at least 2 participating UN organisations; this note has 1
The requested budget 2800000 is above the call''s ceiling of 2500000
The call is for [NATIONAL, REGIONAL] programmes, not GLOBAL', timestamp '2026-10-05 11:00:00', cast(null as bigint), cast(null as timestamp)
from programming.call_for_notes c, governance.organisation o where c.title = 'Call for concept notes 2026-2027: protection, regular pathways and inclusion' and o.acronym = 'UNDP';
insert into programming.concept_note (fund_id, call_id, lead_organisation_id, title, summary, scope, thematic_area,
    requested_budget, currency, duration_months, gender_marker, human_rights_marker, child_marker, status,
    screening_reasons, submitted_at, decision_id, invited_at)
select c.fund_id, c.id, o.id, 'Safe reception and referral of migrants in Mali and Niger',
    'Reception centres and mobile teams along the routes through Mali and Niger screen, inform and refer migrants, with special procedures for children and survivors of violence.',
    'REGIONAL', 2, 2200000, 'USD', 30, 2, 3, 3, 'UNDER_REVIEW', cast(null as varchar(4000)), timestamp '2026-10-20 10:15:00', cast(null as bigint), cast(null as timestamp)
from programming.call_for_notes c, governance.organisation o where c.title = 'Call for concept notes 2026-2027: protection, regular pathways and inclusion' and o.acronym = 'UNHCR';
insert into programming.concept_note (fund_id, call_id, lead_organisation_id, title, summary, scope, thematic_area,
    requested_budget, currency, duration_months, gender_marker, human_rights_marker, child_marker, status,
    screening_reasons, submitted_at, decision_id, invited_at)
select c.fund_id, c.id, o.id, 'Labour migration governance and social protection in Mexico',
    'Portability of social security for temporary workers, labour inspection in agriculture and a registry of recruitment agencies.',
    'NATIONAL', 4, 1650000, 'USD', 24, 2, 2, 1, 'UNDER_REVIEW', cast(null as varchar(4000)), timestamp '2026-11-03 15:40:00', cast(null as bigint), cast(null as timestamp)
from programming.call_for_notes c, governance.organisation o where c.title = 'Call for concept notes 2026-2027: protection, regular pathways and inclusion' and o.acronym = 'ILO';

insert into programming.concept_note_organisation (note_id, organisation_id)
select n.id, o.id from programming.concept_note n join (
    select 'Alternatives to immigration detention for children and families' as title, 'IOM' as acronym
    union all select 'Alternatives to immigration detention for children and families', 'UNICEF'
    union all select 'Alternatives to immigration detention for children and families', 'OHCHR'
    union all select 'Safe labour migration from Nepal: skills, fair recruitment and remittances', 'ILO'
    union all select 'Safe labour migration from Nepal: skills, fair recruitment and remittances', 'IOM'
    union all select 'Safe labour migration from Nepal: skills, fair recruitment and remittances', 'UNDP'
    union all select 'Migrant-inclusive local services in Morocco', 'IOM'
    union all select 'Migrant-inclusive local services in Morocco', 'UNDP'
    union all select 'Migrant-inclusive local services in Morocco', 'UNICEF'
    union all select 'Fair recruitment and decent work for migrant workers from Bangladesh', 'ILO'
    union all select 'Fair recruitment and decent work for migrant workers from Bangladesh', 'IOM'
    union all select 'Countering trafficking and smuggling along the Eastern Route', 'UNODC'
    union all select 'Countering trafficking and smuggling along the Eastern Route', 'IOM'
    union all select 'Countering trafficking and smuggling along the Eastern Route', 'UNICEF'
    union all select 'Protection of children on the move in Central America and Mexico', 'UNICEF'
    union all select 'Protection of children on the move in Central America and Mexico', 'IOM'
    union all select 'Protection of children on the move in Central America and Mexico', 'UNHCR'
    union all select 'Skills mobility partnerships for workers from the Philippines', 'IOM'
    union all select 'Skills mobility partnerships for workers from the Philippines', 'ILO'
    union all select 'Migration data for the SDG 10.7 indicators', 'UNDESA'
    union all select 'Migration data for the SDG 10.7 indicators', 'IOM'
    union all select 'Migration data for the SDG 10.7 indicators', 'UNICEF'
    union all select 'Regular pathways and decent work for young people in Senegal', 'IOM'
    union all select 'Regular pathways and decent work for young people in Senegal', 'ILO'
    union all select 'Regular pathways and decent work for young people in Senegal', 'UNICEF'
    union all select 'Protection-sensitive border management in the Western Balkans', 'UNHCR'
    union all select 'Protection-sensitive border management in the Western Balkans', 'IOM'
    union all select 'Protection-sensitive border management in the Western Balkans', 'OHCHR'
    union all select 'Diaspora investment in local development in the Gambia', 'UNDP'
    union all select 'Diaspora investment in local development in the Gambia', 'UNICEF'
    union all select 'Human rights monitoring of returns in the Sahel', 'OHCHR'
    union all select 'Human rights monitoring of returns in the Sahel', 'UNODC'
    union all select 'Community-based reintegration of returning migrants in Ethiopia', 'IOM'
    union all select 'Community-based reintegration of returning migrants in Ethiopia', 'UNICEF'
    union all select 'Global facility for migrant entrepreneurship', 'UNDP'
    union all select 'Safe reception and referral of migrants in Mali and Niger', 'UNHCR'
    union all select 'Safe reception and referral of migrants in Mali and Niger', 'IOM'
    union all select 'Safe reception and referral of migrants in Mali and Niger', 'UNICEF'
    union all select 'Labour migration governance and social protection in Mexico', 'ILO'
    union all select 'Labour migration governance and social protection in Mexico', 'IOM'
    union all select 'Labour migration governance and social protection in Mexico', 'UNDP'
) x on x.title = n.title join governance.organisation o on o.acronym = x.acronym;
insert into programming.concept_note_country (note_id, country_code)
select n.id, x.code from programming.concept_note n join (
    select 'Safe labour migration from Nepal: skills, fair recruitment and remittances' as title, cast('NPL' as char(3)) as code
    union all select 'Migrant-inclusive local services in Morocco', 'MAR'
    union all select 'Fair recruitment and decent work for migrant workers from Bangladesh', 'BGD'
    union all select 'Countering trafficking and smuggling along the Eastern Route', 'DJI'
    union all select 'Countering trafficking and smuggling along the Eastern Route', 'ETH'
    union all select 'Countering trafficking and smuggling along the Eastern Route', 'SOM'
    union all select 'Countering trafficking and smuggling along the Eastern Route', 'YEM'
    union all select 'Protection of children on the move in Central America and Mexico', 'GTM'
    union all select 'Protection of children on the move in Central America and Mexico', 'HND'
    union all select 'Protection of children on the move in Central America and Mexico', 'MEX'
    union all select 'Protection of children on the move in Central America and Mexico', 'SLV'
    union all select 'Skills mobility partnerships for workers from the Philippines', 'PHL'
    union all select 'Regular pathways and decent work for young people in Senegal', 'SEN'
    union all select 'Protection-sensitive border management in the Western Balkans', 'ALB'
    union all select 'Protection-sensitive border management in the Western Balkans', 'BIH'
    union all select 'Protection-sensitive border management in the Western Balkans', 'MKD'
    union all select 'Protection-sensitive border management in the Western Balkans', 'SRB'
    union all select 'Diaspora investment in local development in the Gambia', 'GMB'
    union all select 'Human rights monitoring of returns in the Sahel', 'MLI'
    union all select 'Human rights monitoring of returns in the Sahel', 'NER'
    union all select 'Community-based reintegration of returning migrants in Ethiopia', 'ETH'
    union all select 'Safe reception and referral of migrants in Mali and Niger', 'MLI'
    union all select 'Safe reception and referral of migrants in Mali and Niger', 'NER'
    union all select 'Labour migration governance and social protection in Mexico', 'MEX'
) x on x.title = n.title;
insert into programming.concept_note_objective (note_id, objective_id)
select n.id, x.v from programming.concept_note n join (
    select 'Alternatives to immigration detention for children and families' as title, 7 as v
    union all select 'Alternatives to immigration detention for children and families', 13
    union all select 'Safe labour migration from Nepal: skills, fair recruitment and remittances', 6
    union all select 'Safe labour migration from Nepal: skills, fair recruitment and remittances', 18
    union all select 'Safe labour migration from Nepal: skills, fair recruitment and remittances', 20
    union all select 'Migrant-inclusive local services in Morocco', 4
    union all select 'Migrant-inclusive local services in Morocco', 15
    union all select 'Migrant-inclusive local services in Morocco', 16
    union all select 'Fair recruitment and decent work for migrant workers from Bangladesh', 6
    union all select 'Fair recruitment and decent work for migrant workers from Bangladesh', 18
    union all select 'Countering trafficking and smuggling along the Eastern Route', 9
    union all select 'Countering trafficking and smuggling along the Eastern Route', 10
    union all select 'Countering trafficking and smuggling along the Eastern Route', 11
    union all select 'Protection of children on the move in Central America and Mexico', 7
    union all select 'Protection of children on the move in Central America and Mexico', 12
    union all select 'Skills mobility partnerships for workers from the Philippines', 5
    union all select 'Skills mobility partnerships for workers from the Philippines', 18
    union all select 'Skills mobility partnerships for workers from the Philippines', 22
    union all select 'Migration data for the SDG 10.7 indicators', 1
    union all select 'Migration data for the SDG 10.7 indicators', 17
    union all select 'Migration data for the SDG 10.7 indicators', 23
    union all select 'Regular pathways and decent work for young people in Senegal', 3
    union all select 'Regular pathways and decent work for young people in Senegal', 5
    union all select 'Regular pathways and decent work for young people in Senegal', 19
    union all select 'Protection-sensitive border management in the Western Balkans', 11
    union all select 'Protection-sensitive border management in the Western Balkans', 12
    union all select 'Diaspora investment in local development in the Gambia', 16
    union all select 'Diaspora investment in local development in the Gambia', 19
    union all select 'Human rights monitoring of returns in the Sahel', 21
    union all select 'Community-based reintegration of returning migrants in Ethiopia', 7
    union all select 'Global facility for migrant entrepreneurship', 19
    union all select 'Safe reception and referral of migrants in Mali and Niger', 7
    union all select 'Safe reception and referral of migrants in Mali and Niger', 8
    union all select 'Safe reception and referral of migrants in Mali and Niger', 12
    union all select 'Labour migration governance and social protection in Mexico', 6
    union all select 'Labour migration governance and social protection in Mexico', 22
) x on x.title = n.title;
insert into programming.concept_note_principle (note_id, principle_id)
select n.id, x.v from programming.concept_note n join (
    select 'Alternatives to immigration detention for children and families' as title, 1 as v
    union all select 'Alternatives to immigration detention for children and families', 4
    union all select 'Alternatives to immigration detention for children and families', 6
    union all select 'Alternatives to immigration detention for children and families', 8
    union all select 'Safe labour migration from Nepal: skills, fair recruitment and remittances', 1
    union all select 'Safe labour migration from Nepal: skills, fair recruitment and remittances', 5
    union all select 'Safe labour migration from Nepal: skills, fair recruitment and remittances', 7
    union all select 'Safe labour migration from Nepal: skills, fair recruitment and remittances', 9
    union all select 'Migrant-inclusive local services in Morocco', 1
    union all select 'Migrant-inclusive local services in Morocco', 6
    union all select 'Migrant-inclusive local services in Morocco', 9
    union all select 'Migrant-inclusive local services in Morocco', 10
    union all select 'Fair recruitment and decent work for migrant workers from Bangladesh', 1
    union all select 'Fair recruitment and decent work for migrant workers from Bangladesh', 4
    union all select 'Fair recruitment and decent work for migrant workers from Bangladesh', 5
    union all select 'Fair recruitment and decent work for migrant workers from Bangladesh', 7
    union all select 'Countering trafficking and smuggling along the Eastern Route', 2
    union all select 'Countering trafficking and smuggling along the Eastern Route', 4
    union all select 'Countering trafficking and smuggling along the Eastern Route', 6
    union all select 'Countering trafficking and smuggling along the Eastern Route', 8
    union all select 'Protection of children on the move in Central America and Mexico', 2
    union all select 'Protection of children on the move in Central America and Mexico', 6
    union all select 'Protection of children on the move in Central America and Mexico', 7
    union all select 'Protection of children on the move in Central America and Mexico', 8
    union all select 'Skills mobility partnerships for workers from the Philippines', 2
    union all select 'Skills mobility partnerships for workers from the Philippines', 5
    union all select 'Skills mobility partnerships for workers from the Philippines', 7
    union all select 'Skills mobility partnerships for workers from the Philippines', 9
    union all select 'Migration data for the SDG 10.7 indicators', 2
    union all select 'Migration data for the SDG 10.7 indicators', 5
    union all select 'Migration data for the SDG 10.7 indicators', 7
    union all select 'Migration data for the SDG 10.7 indicators', 10
    union all select 'Regular pathways and decent work for young people in Senegal', 1
    union all select 'Regular pathways and decent work for young people in Senegal', 5
    union all select 'Regular pathways and decent work for young people in Senegal', 7
    union all select 'Regular pathways and decent work for young people in Senegal', 8
    union all select 'Protection-sensitive border management in the Western Balkans', 2
    union all select 'Protection-sensitive border management in the Western Balkans', 4
    union all select 'Protection-sensitive border management in the Western Balkans', 6
    union all select 'Diaspora investment in local development in the Gambia', 5
    union all select 'Diaspora investment in local development in the Gambia', 10
    union all select 'Human rights monitoring of returns in the Sahel', 4
    union all select 'Human rights monitoring of returns in the Sahel', 6
    union all select 'Community-based reintegration of returning migrants in Ethiopia', 1
    union all select 'Community-based reintegration of returning migrants in Ethiopia', 8
    union all select 'Global facility for migrant entrepreneurship', 5
    union all select 'Safe reception and referral of migrants in Mali and Niger', 2
    union all select 'Safe reception and referral of migrants in Mali and Niger', 6
    union all select 'Safe reception and referral of migrants in Mali and Niger', 7
    union all select 'Safe reception and referral of migrants in Mali and Niger', 8
    union all select 'Labour migration governance and social protection in Mexico', 4
    union all select 'Labour migration governance and social protection in Mexico', 5
    union all select 'Labour migration governance and social protection in Mexico', 9
) x on x.title = n.title;

-- Reviews by the FMU and the chair: all scored for the 2024 call; for the open call, one of four still to come.
insert into programming.note_review (note_id, reviewer, quality, principles, markers, balance, comment, scored_at)
select n.id, x.reviewer, x.quality, x.principles, x.markers, x.balance, x.comment, x.scored_at from programming.concept_note n join (
    select 'Alternatives to immigration detention for children and families' as title, 'fmu' as reviewer, 5 as quality, 5 as principles, 5 as markers, 4 as balance, 'Highly relevant to objective 13; strong child-sensitivity.' as comment, timestamp '2024-07-15 10:00:00' as scored_at
    union all select 'Alternatives to immigration detention for children and families', 'chair', 5, 4, 5, 4, cast(null as varchar(4000)), timestamp '2024-08-20 16:00:00'
    union all select 'Safe labour migration from Nepal: skills, fair recruitment and remittances', 'fmu', 4, 4, 4, 4, cast(null as varchar(4000)), timestamp '2024-07-15 10:00:00'
    union all select 'Safe labour migration from Nepal: skills, fair recruitment and remittances', 'chair', 4, 4, 3, 4, cast(null as varchar(4000)), timestamp '2024-08-20 16:00:00'
    union all select 'Migrant-inclusive local services in Morocco', 'fmu', 4, 4, 4, 5, cast(null as varchar(4000)), timestamp '2024-07-15 10:00:00'
    union all select 'Migrant-inclusive local services in Morocco', 'chair', 4, 5, 4, 4, cast(null as varchar(4000)), timestamp '2024-08-20 16:00:00'
    union all select 'Fair recruitment and decent work for migrant workers from Bangladesh', 'fmu', 5, 4, 3, 4, cast(null as varchar(4000)), timestamp '2024-07-15 10:00:00'
    union all select 'Fair recruitment and decent work for migrant workers from Bangladesh', 'chair', 4, 4, 3, 4, cast(null as varchar(4000)), timestamp '2024-08-20 16:00:00'
    union all select 'Countering trafficking and smuggling along the Eastern Route', 'fmu', 4, 5, 4, 4, cast(null as varchar(4000)), timestamp '2024-07-15 10:00:00'
    union all select 'Countering trafficking and smuggling along the Eastern Route', 'chair', 5, 5, 4, 4, cast(null as varchar(4000)), timestamp '2024-08-20 16:00:00'
    union all select 'Protection of children on the move in Central America and Mexico', 'fmu', 5, 5, 5, 4, cast(null as varchar(4000)), timestamp '2024-07-15 10:00:00'
    union all select 'Protection of children on the move in Central America and Mexico', 'chair', 4, 5, 5, 4, cast(null as varchar(4000)), timestamp '2024-08-20 16:00:00'
    union all select 'Skills mobility partnerships for workers from the Philippines', 'fmu', 4, 3, 3, 4, cast(null as varchar(4000)), timestamp '2024-07-15 10:00:00'
    union all select 'Skills mobility partnerships for workers from the Philippines', 'chair', 4, 4, 3, 3, cast(null as varchar(4000)), timestamp '2024-08-20 16:00:00'
    union all select 'Migration data for the SDG 10.7 indicators', 'fmu', 4, 3, 3, 5, cast(null as varchar(4000)), timestamp '2024-07-15 10:00:00'
    union all select 'Migration data for the SDG 10.7 indicators', 'chair', 4, 4, 3, 4, cast(null as varchar(4000)), timestamp '2024-08-20 16:00:00'
    union all select 'Regular pathways and decent work for young people in Senegal', 'fmu', 4, 4, 4, 3, cast(null as varchar(4000)), timestamp '2024-07-15 10:00:00'
    union all select 'Regular pathways and decent work for young people in Senegal', 'chair', 3, 4, 4, 4, cast(null as varchar(4000)), timestamp '2024-08-20 16:00:00'
    union all select 'Protection-sensitive border management in the Western Balkans', 'fmu', 4, 4, 3, 3, cast(null as varchar(4000)), timestamp '2024-07-15 10:00:00'
    union all select 'Protection-sensitive border management in the Western Balkans', 'chair', 3, 4, 4, 3, cast(null as varchar(4000)), timestamp '2024-08-20 16:00:00'
    union all select 'Diaspora investment in local development in the Gambia', 'fmu', 2, 2, 2, 3, 'Weak link to the GCM objectives; little participation of the second organisation.', timestamp '2024-07-15 10:00:00'
    union all select 'Diaspora investment in local development in the Gambia', 'chair', 2, 3, 2, 2, cast(null as varchar(4000)), timestamp '2024-08-20 16:00:00'
    union all select 'Safe reception and referral of migrants in Mali and Niger', 'fmu', 4, 4, 3, 4, 'Strong protection focus; clarify the exit strategy for the mobile teams.', timestamp '2026-11-10 10:30:00'
    union all select 'Safe reception and referral of migrants in Mali and Niger', 'chair', 5, 4, 4, 4, 'Fits the allocation strategy well.', timestamp '2026-11-18 17:05:00'
    union all select 'Labour migration governance and social protection in Mexico', 'fmu', 3, 4, 3, 3, 'Good national ownership; the budget for category 4 needs detail.', timestamp '2026-11-20 09:45:00'
    union all select 'Labour migration governance and social protection in Mexico', 'chair', cast(null as integer), cast(null as integer), cast(null as integer), cast(null as integer), cast(null as varchar(4000)), cast(null as timestamp)
) x on x.title = n.title;

-- What the endorsement decisions name (V1 names notes 1 and 2 by id; named again by title where they differ).
insert into governance.decision_subject (decision_id, record_type, record_id)
select d.id, 'CONCEPT_NOTE', n.id from governance.decision d join (
    select 'MIG-SC-2024-001' as reference, 'Migrant-inclusive local services in Morocco' as title
    union all select 'MIG-SC-2024-001', 'Fair recruitment and decent work for migrant workers from Bangladesh'
    union all select 'MIG-SC-2024-001', 'Countering trafficking and smuggling along the Eastern Route'
    union all select 'MIG-SC-2024-001', 'Protection of children on the move in Central America and Mexico'
    union all select 'MIG-SC-2024-001', 'Skills mobility partnerships for workers from the Philippines'
    union all select 'MIG-SC-2024-001', 'Migration data for the SDG 10.7 indicators'
    union all select 'MIG-SC-2024-001', 'Regular pathways and decent work for young people in Senegal'
    union all select 'MIG-SC-2024-001', 'Protection-sensitive border management in the Western Balkans'
    union all select 'MIG-SC-2024-002', 'Diaspora investment in local development in the Gambia'
    union all select 'MIG-SC-2025-002', 'Alternatives to immigration detention for children and families'
    union all select 'MIG-SC-2025-002', 'Safe labour migration from Nepal: skills, fair recruitment and remittances'
) x on x.reference = d.reference join programming.concept_note n on n.title = x.title
where not exists (select 1 from governance.decision_subject s where s.decision_id = d.id and s.record_type = 'CONCEPT_NOTE' and s.record_id = n.id);

-- Joint programmes (the first is V1's "joint programme 1", approved by MIG-SC-2026-001).
insert into programming.joint_programme (fund_id, concept_note_id, lead_organisation_id, title, scope, thematic_area, currency,
    starts_on, ends_on, status, status_before_suspension, approval_decision_id, approved_total, operationally_closed_on,
    financially_closed_on)
select n.fund_id, n.id, n.lead_organisation_id, 'Alternatives to immigration detention for children and families', n.scope, n.thematic_area, n.currency, date '2026-07-01', date '2028-06-30', 'ACTIVE', cast(null as varchar(25)),
    (select id from governance.decision where reference = 'MIG-SC-2026-001'), 2500000.00, cast(null as date), cast(null as date)
from programming.concept_note n where n.title = 'Alternatives to immigration detention for children and families';
insert into programming.joint_programme (fund_id, concept_note_id, lead_organisation_id, title, scope, thematic_area, currency,
    starts_on, ends_on, status, status_before_suspension, approval_decision_id, approved_total, operationally_closed_on,
    financially_closed_on)
select n.fund_id, n.id, n.lead_organisation_id, 'Migrant-inclusive local services in Morocco', n.scope, n.thematic_area, n.currency, date '2025-01-01', date '2026-03-31', 'FINANCIALLY_CLOSED', cast(null as varchar(25)),
    (select id from governance.decision where reference = 'MIG-SC-2024-003'), 1198400.00, date '2026-04-30', date '2026-09-30'
from programming.concept_note n where n.title = 'Migrant-inclusive local services in Morocco';
insert into programming.joint_programme (fund_id, concept_note_id, lead_organisation_id, title, scope, thematic_area, currency,
    starts_on, ends_on, status, status_before_suspension, approval_decision_id, approved_total, operationally_closed_on,
    financially_closed_on)
select n.fund_id, n.id, n.lead_organisation_id, 'Fair recruitment and decent work for migrant workers from Bangladesh', n.scope, n.thematic_area, n.currency, date '2025-01-01', date '2026-06-30', 'OPERATIONALLY_CLOSED', cast(null as varchar(25)),
    (select id from governance.decision where reference = 'MIG-SC-2024-004'), 1599650.00, date '2026-07-31', cast(null as date)
from programming.concept_note n where n.title = 'Fair recruitment and decent work for migrant workers from Bangladesh';
insert into programming.joint_programme (fund_id, concept_note_id, lead_organisation_id, title, scope, thematic_area, currency,
    starts_on, ends_on, status, status_before_suspension, approval_decision_id, approved_total, operationally_closed_on,
    financially_closed_on)
select n.fund_id, n.id, n.lead_organisation_id, 'Countering trafficking and smuggling along the Eastern Route', n.scope, n.thematic_area, n.currency, date '2025-01-01', date '2027-12-31', 'ACTIVE', cast(null as varchar(25)),
    (select id from governance.decision where reference = 'MIG-SC-2024-005'), 2204200.00, cast(null as date), cast(null as date)
from programming.concept_note n where n.title = 'Countering trafficking and smuggling along the Eastern Route';
insert into programming.joint_programme (fund_id, concept_note_id, lead_organisation_id, title, scope, thematic_area, currency,
    starts_on, ends_on, status, status_before_suspension, approval_decision_id, approved_total, operationally_closed_on,
    financially_closed_on)
select n.fund_id, n.id, n.lead_organisation_id, 'Protection of children on the move in Central America and Mexico', n.scope, n.thematic_area, n.currency, date '2025-04-01', date '2027-09-30', 'SUSPENDED', 'ACTIVE',
    (select id from governance.decision where reference = 'MIG-SC-2025-003'), 1819000.00, cast(null as date), cast(null as date)
from programming.concept_note n where n.title = 'Protection of children on the move in Central America and Mexico';
insert into programming.joint_programme (fund_id, concept_note_id, lead_organisation_id, title, scope, thematic_area, currency,
    starts_on, ends_on, status, status_before_suspension, approval_decision_id, approved_total, operationally_closed_on,
    financially_closed_on)
select n.fund_id, n.id, n.lead_organisation_id, 'Skills mobility partnerships for workers from the Philippines', n.scope, n.thematic_area, n.currency, date '2027-01-01', date '2028-12-31', 'APPROVED', cast(null as varchar(25)),
    (select id from governance.decision where reference = 'MIG-SC-2026-003'), 1391000.00, cast(null as date), cast(null as date)
from programming.concept_note n where n.title = 'Skills mobility partnerships for workers from the Philippines';
insert into programming.joint_programme (fund_id, concept_note_id, lead_organisation_id, title, scope, thematic_area, currency,
    starts_on, ends_on, status, status_before_suspension, approval_decision_id, approved_total, operationally_closed_on,
    financially_closed_on)
select n.fund_id, n.id, n.lead_organisation_id, 'Migration data for the SDG 10.7 indicators', n.scope, n.thematic_area, n.currency, date '2027-01-01', date '2029-12-31', 'SUBMITTED', cast(null as varchar(25)),
    cast(null as bigint), cast(null as numeric(19, 4)), cast(null as date), cast(null as date)
from programming.concept_note n where n.title = 'Migration data for the SDG 10.7 indicators';
insert into programming.joint_programme (fund_id, concept_note_id, lead_organisation_id, title, scope, thematic_area, currency,
    starts_on, ends_on, status, status_before_suspension, approval_decision_id, approved_total, operationally_closed_on,
    financially_closed_on)
select n.fund_id, n.id, n.lead_organisation_id, 'Regular pathways and decent work for young people in Senegal', n.scope, n.thematic_area, n.currency, date '2027-03-01', date '2029-02-28', 'DRAFT', cast(null as varchar(25)),
    cast(null as bigint), cast(null as numeric(19, 4)), cast(null as date), cast(null as date)
from programming.concept_note n where n.title = 'Regular pathways and decent work for young people in Senegal';
insert into programming.joint_programme (fund_id, concept_note_id, lead_organisation_id, title, scope, thematic_area, currency,
    starts_on, ends_on, status, status_before_suspension, approval_decision_id, approved_total, operationally_closed_on,
    financially_closed_on)
select n.fund_id, n.id, n.lead_organisation_id, 'Protection-sensitive border management in the Western Balkans', n.scope, n.thematic_area, n.currency, date '2025-07-01', date '2027-06-30', 'CANCELLED', cast(null as varchar(25)),
    cast(null as bigint), cast(null as numeric(19, 4)), cast(null as date), cast(null as date)
from programming.concept_note n where n.title = 'Protection-sensitive border management in the Western Balkans';
insert into programming.programme_organisation (programme_id, organisation_id)
select p.id, o.organisation_id from programming.joint_programme p join programming.concept_note_organisation o on o.note_id = p.concept_note_id
where p.title in ('Alternatives to immigration detention for children and families', 'Migrant-inclusive local services in Morocco', 'Fair recruitment and decent work for migrant workers from Bangladesh', 'Countering trafficking and smuggling along the Eastern Route', 'Protection of children on the move in Central America and Mexico', 'Skills mobility partnerships for workers from the Philippines', 'Migration data for the SDG 10.7 indicators', 'Regular pathways and decent work for young people in Senegal', 'Protection-sensitive border management in the Western Balkans');
insert into programming.programme_country (programme_id, country_code, region)
select p.id, c.code, c.m49_region from programming.joint_programme p join programming.concept_note_country nc on nc.note_id = p.concept_note_id
join governance.country c on c.code = nc.country_code
where p.title in ('Alternatives to immigration detention for children and families', 'Migrant-inclusive local services in Morocco', 'Fair recruitment and decent work for migrant workers from Bangladesh', 'Countering trafficking and smuggling along the Eastern Route', 'Protection of children on the move in Central America and Mexico', 'Skills mobility partnerships for workers from the Philippines', 'Migration data for the SDG 10.7 indicators', 'Regular pathways and decent work for young people in Senegal', 'Protection-sensitive border management in the Western Balkans');
-- Budgets: organisation x UNSDG category, indirect support costs within 7% of each organisation's direct costs.
insert into programming.budget_line (programme_id, organisation_id, category_code, amount)
select p.id, o.id, x.category_code, x.amount from (
    select 'Alternatives to immigration detention for children and families' as title, 'IOM' as acronym, '1' as category_code, cast(420000.00 as numeric(19, 4)) as amount
    union all select 'Alternatives to immigration detention for children and families', 'IOM', '4', 300000.00
    union all select 'Alternatives to immigration detention for children and families', 'IOM', '5', 80000.00
    union all select 'Alternatives to immigration detention for children and families', 'IOM', '6', 150000.00
    union all select 'Alternatives to immigration detention for children and families', 'IOM', '7', 50000.00
    union all select 'Alternatives to immigration detention for children and families', 'IOM', 'ISC', 70000.00
    union all select 'Alternatives to immigration detention for children and families', 'UNICEF', '1', 300000.00
    union all select 'Alternatives to immigration detention for children and families', 'UNICEF', '2', 100000.00
    union all select 'Alternatives to immigration detention for children and families', 'UNICEF', '4', 250000.00
    union all select 'Alternatives to immigration detention for children and families', 'UNICEF', '6', 150000.00
    union all select 'Alternatives to immigration detention for children and families', 'UNICEF', '7', 50000.00
    union all select 'Alternatives to immigration detention for children and families', 'UNICEF', 'ISC', 59500.00
    union all select 'Alternatives to immigration detention for children and families', 'OHCHR', '1', 260000.00
    union all select 'Alternatives to immigration detention for children and families', 'OHCHR', '4', 150000.00
    union all select 'Alternatives to immigration detention for children and families', 'OHCHR', '5', 46500.00
    union all select 'Alternatives to immigration detention for children and families', 'OHCHR', '7', 30000.00
    union all select 'Alternatives to immigration detention for children and families', 'OHCHR', 'ISC', 34000.00
    union all select 'Migrant-inclusive local services in Morocco', 'IOM', '1', 250000.00
    union all select 'Migrant-inclusive local services in Morocco', 'IOM', '2', 40000.00
    union all select 'Migrant-inclusive local services in Morocco', 'IOM', '4', 120000.00
    union all select 'Migrant-inclusive local services in Morocco', 'IOM', '5', 30000.00
    union all select 'Migrant-inclusive local services in Morocco', 'IOM', '6', 60000.00
    union all select 'Migrant-inclusive local services in Morocco', 'IOM', 'ISC', 35000.00
    union all select 'Migrant-inclusive local services in Morocco', 'UNDP', '1', 150000.00
    union all select 'Migrant-inclusive local services in Morocco', 'UNDP', '4', 110000.00
    union all select 'Migrant-inclusive local services in Morocco', 'UNDP', '6', 80000.00
    union all select 'Migrant-inclusive local services in Morocco', 'UNDP', '7', 20000.00
    union all select 'Migrant-inclusive local services in Morocco', 'UNDP', 'ISC', 25200.00
    union all select 'Migrant-inclusive local services in Morocco', 'UNICEF', '1', 120000.00
    union all select 'Migrant-inclusive local services in Morocco', 'UNICEF', '2', 50000.00
    union all select 'Migrant-inclusive local services in Morocco', 'UNICEF', '6', 80000.00
    union all select 'Migrant-inclusive local services in Morocco', 'UNICEF', '7', 10000.00
    union all select 'Migrant-inclusive local services in Morocco', 'UNICEF', 'ISC', 18200.00
    union all select 'Fair recruitment and decent work for migrant workers from Bangladesh', 'ILO', '1', 400000.00
    union all select 'Fair recruitment and decent work for migrant workers from Bangladesh', 'ILO', '3', 30000.00
    union all select 'Fair recruitment and decent work for migrant workers from Bangladesh', 'ILO', '4', 250000.00
    union all select 'Fair recruitment and decent work for migrant workers from Bangladesh', 'ILO', '5', 40000.00
    union all select 'Fair recruitment and decent work for migrant workers from Bangladesh', 'ILO', '6', 130000.00
    union all select 'Fair recruitment and decent work for migrant workers from Bangladesh', 'ILO', '7', 30000.00
    union all select 'Fair recruitment and decent work for migrant workers from Bangladesh', 'ILO', 'ISC', 61600.00
    union all select 'Fair recruitment and decent work for migrant workers from Bangladesh', 'IOM', '1', 280000.00
    union all select 'Fair recruitment and decent work for migrant workers from Bangladesh', 'IOM', '4', 170000.00
    union all select 'Fair recruitment and decent work for migrant workers from Bangladesh', 'IOM', '5', 25000.00
    union all select 'Fair recruitment and decent work for migrant workers from Bangladesh', 'IOM', '6', 120000.00
    union all select 'Fair recruitment and decent work for migrant workers from Bangladesh', 'IOM', '7', 20000.00
    union all select 'Fair recruitment and decent work for migrant workers from Bangladesh', 'IOM', 'ISC', 43050.00
    union all select 'Countering trafficking and smuggling along the Eastern Route', 'UNODC', '1', 380000.00
    union all select 'Countering trafficking and smuggling along the Eastern Route', 'UNODC', '2', 20000.00
    union all select 'Countering trafficking and smuggling along the Eastern Route', 'UNODC', '4', 200000.00
    union all select 'Countering trafficking and smuggling along the Eastern Route', 'UNODC', '5', 60000.00
    union all select 'Countering trafficking and smuggling along the Eastern Route', 'UNODC', '6', 100000.00
    union all select 'Countering trafficking and smuggling along the Eastern Route', 'UNODC', '7', 30000.00
    union all select 'Countering trafficking and smuggling along the Eastern Route', 'UNODC', 'ISC', 55300.00
    union all select 'Countering trafficking and smuggling along the Eastern Route', 'IOM', '1', 300000.00
    union all select 'Countering trafficking and smuggling along the Eastern Route', 'IOM', '2', 60000.00
    union all select 'Countering trafficking and smuggling along the Eastern Route', 'IOM', '4', 150000.00
    union all select 'Countering trafficking and smuggling along the Eastern Route', 'IOM', '5', 40000.00
    union all select 'Countering trafficking and smuggling along the Eastern Route', 'IOM', '6', 240000.00
    union all select 'Countering trafficking and smuggling along the Eastern Route', 'IOM', '7', 20000.00
    union all select 'Countering trafficking and smuggling along the Eastern Route', 'IOM', 'ISC', 56700.00
    union all select 'Countering trafficking and smuggling along the Eastern Route', 'UNICEF', '1', 180000.00
    union all select 'Countering trafficking and smuggling along the Eastern Route', 'UNICEF', '2', 60000.00
    union all select 'Countering trafficking and smuggling along the Eastern Route', 'UNICEF', '6', 200000.00
    union all select 'Countering trafficking and smuggling along the Eastern Route', 'UNICEF', '7', 20000.00
    union all select 'Countering trafficking and smuggling along the Eastern Route', 'UNICEF', 'ISC', 32200.00
    union all select 'Protection of children on the move in Central America and Mexico', 'UNICEF', '1', 300000.00
    union all select 'Protection of children on the move in Central America and Mexico', 'UNICEF', '2', 80000.00
    union all select 'Protection of children on the move in Central America and Mexico', 'UNICEF', '4', 150000.00
    union all select 'Protection of children on the move in Central America and Mexico', 'UNICEF', '5', 40000.00
    union all select 'Protection of children on the move in Central America and Mexico', 'UNICEF', '6', 160000.00
    union all select 'Protection of children on the move in Central America and Mexico', 'UNICEF', '7', 20000.00
    union all select 'Protection of children on the move in Central America and Mexico', 'UNICEF', 'ISC', 52500.00
    union all select 'Protection of children on the move in Central America and Mexico', 'IOM', '1', 250000.00
    union all select 'Protection of children on the move in Central America and Mexico', 'IOM', '2', 40000.00
    union all select 'Protection of children on the move in Central America and Mexico', 'IOM', '4', 120000.00
    union all select 'Protection of children on the move in Central America and Mexico', 'IOM', '5', 40000.00
    union all select 'Protection of children on the move in Central America and Mexico', 'IOM', '6', 100000.00
    union all select 'Protection of children on the move in Central America and Mexico', 'IOM', '7', 20000.00
    union all select 'Protection of children on the move in Central America and Mexico', 'IOM', 'ISC', 39900.00
    union all select 'Protection of children on the move in Central America and Mexico', 'UNHCR', '1', 160000.00
    union all select 'Protection of children on the move in Central America and Mexico', 'UNHCR', '2', 60000.00
    union all select 'Protection of children on the move in Central America and Mexico', 'UNHCR', '4', 90000.00
    union all select 'Protection of children on the move in Central America and Mexico', 'UNHCR', '5', 20000.00
    union all select 'Protection of children on the move in Central America and Mexico', 'UNHCR', '6', 40000.00
    union all select 'Protection of children on the move in Central America and Mexico', 'UNHCR', '7', 10000.00
    union all select 'Protection of children on the move in Central America and Mexico', 'UNHCR', 'ISC', 26600.00
    union all select 'Skills mobility partnerships for workers from the Philippines', 'IOM', '1', 320000.00
    union all select 'Skills mobility partnerships for workers from the Philippines', 'IOM', '4', 200000.00
    union all select 'Skills mobility partnerships for workers from the Philippines', 'IOM', '5', 50000.00
    union all select 'Skills mobility partnerships for workers from the Philippines', 'IOM', '6', 100000.00
    union all select 'Skills mobility partnerships for workers from the Philippines', 'IOM', '7', 30000.00
    union all select 'Skills mobility partnerships for workers from the Philippines', 'IOM', 'ISC', 49000.00
    union all select 'Skills mobility partnerships for workers from the Philippines', 'ILO', '1', 300000.00
    union all select 'Skills mobility partnerships for workers from the Philippines', 'ILO', '4', 150000.00
    union all select 'Skills mobility partnerships for workers from the Philippines', 'ILO', '5', 30000.00
    union all select 'Skills mobility partnerships for workers from the Philippines', 'ILO', '6', 100000.00
    union all select 'Skills mobility partnerships for workers from the Philippines', 'ILO', '7', 20000.00
    union all select 'Skills mobility partnerships for workers from the Philippines', 'ILO', 'ISC', 42000.00
    union all select 'Migration data for the SDG 10.7 indicators', 'UNDESA', '1', 500000.00
    union all select 'Migration data for the SDG 10.7 indicators', 'UNDESA', '4', 200000.00
    union all select 'Migration data for the SDG 10.7 indicators', 'UNDESA', '5', 60000.00
    union all select 'Migration data for the SDG 10.7 indicators', 'UNDESA', '7', 40000.00
    union all select 'Migration data for the SDG 10.7 indicators', 'UNDESA', 'ISC', 56000.00
    union all select 'Migration data for the SDG 10.7 indicators', 'IOM', '1', 300000.00
    union all select 'Migration data for the SDG 10.7 indicators', 'IOM', '4', 150000.00
    union all select 'Migration data for the SDG 10.7 indicators', 'IOM', '5', 30000.00
    union all select 'Migration data for the SDG 10.7 indicators', 'IOM', '7', 20000.00
    union all select 'Migration data for the SDG 10.7 indicators', 'IOM', 'ISC', 35000.00
    union all select 'Migration data for the SDG 10.7 indicators', 'UNICEF', '1', 250000.00
    union all select 'Migration data for the SDG 10.7 indicators', 'UNICEF', '4', 130000.00
    union all select 'Migration data for the SDG 10.7 indicators', 'UNICEF', '7', 20000.00
    union all select 'Migration data for the SDG 10.7 indicators', 'UNICEF', 'ISC', 28000.00
    union all select 'Regular pathways and decent work for young people in Senegal', 'IOM', '1', 300000.00
    union all select 'Regular pathways and decent work for young people in Senegal', 'IOM', '4', 150000.00
    union all select 'Regular pathways and decent work for young people in Senegal', 'IOM', '6', 100000.00
    union all select 'Regular pathways and decent work for young people in Senegal', 'IOM', 'ISC', 38500.00
    union all select 'Regular pathways and decent work for young people in Senegal', 'ILO', '1', 250000.00
    union all select 'Regular pathways and decent work for young people in Senegal', 'ILO', '4', 120000.00
    union all select 'Regular pathways and decent work for young people in Senegal', 'ILO', 'ISC', 25900.00
    union all select 'Protection-sensitive border management in the Western Balkans', 'UNHCR', '1', 350000.00
    union all select 'Protection-sensitive border management in the Western Balkans', 'UNHCR', '4', 150000.00
    union all select 'Protection-sensitive border management in the Western Balkans', 'UNHCR', '5', 40000.00
    union all select 'Protection-sensitive border management in the Western Balkans', 'UNHCR', '7', 20000.00
    union all select 'Protection-sensitive border management in the Western Balkans', 'UNHCR', 'ISC', 39200.00
    union all select 'Protection-sensitive border management in the Western Balkans', 'IOM', '1', 300000.00
    union all select 'Protection-sensitive border management in the Western Balkans', 'IOM', '4', 120000.00
    union all select 'Protection-sensitive border management in the Western Balkans', 'IOM', '5', 30000.00
    union all select 'Protection-sensitive border management in the Western Balkans', 'IOM', 'ISC', 31500.00
    union all select 'Protection-sensitive border management in the Western Balkans', 'OHCHR', '1', 200000.00
    union all select 'Protection-sensitive border management in the Western Balkans', 'OHCHR', '5', 20000.00
    union all select 'Protection-sensitive border management in the Western Balkans', 'OHCHR', 'ISC', 15400.00
) x join programming.joint_programme p on p.title = x.title join governance.organisation o on o.acronym = x.acronym;

insert into governance.decision_subject (decision_id, record_type, record_id)
select d.id, 'JOINT_PROGRAMME', p.id from governance.decision d join (
    select 'MIG-SC-2024-003' as reference, 'Migrant-inclusive local services in Morocco' as title
    union all select 'MIG-SC-2024-004', 'Fair recruitment and decent work for migrant workers from Bangladesh'
    union all select 'MIG-SC-2024-005', 'Countering trafficking and smuggling along the Eastern Route'
    union all select 'MIG-SC-2024-006', 'Migrant-inclusive local services in Morocco'
    union all select 'MIG-SC-2024-007', 'Fair recruitment and decent work for migrant workers from Bangladesh'
    union all select 'MIG-SC-2024-008', 'Countering trafficking and smuggling along the Eastern Route'
    union all select 'MIG-SC-2025-003', 'Protection of children on the move in Central America and Mexico'
    union all select 'MIG-SC-2025-004', 'Protection of children on the move in Central America and Mexico'
    union all select 'MIG-SC-2025-005', 'Countering trafficking and smuggling along the Eastern Route'
    union all select 'MIG-SC-2025-006', 'Migrant-inclusive local services in Morocco'
    union all select 'MIG-SC-2025-007', 'Fair recruitment and decent work for migrant workers from Bangladesh'
    union all select 'MIG-SC-2025-008', 'Countering trafficking and smuggling along the Eastern Route'
    union all select 'MIG-SC-2026-003', 'Skills mobility partnerships for workers from the Philippines'
    union all select 'MIG-SC-2026-004', 'Alternatives to immigration detention for children and families'
    union all select 'MIG-SC-2026-001', 'Alternatives to immigration detention for children and families'
) x on x.reference = d.reference join programming.joint_programme p on p.title = x.title
where not exists (select 1 from governance.decision_subject s where s.decision_id = d.id and s.record_type = 'JOINT_PROGRAMME' and s.record_id = p.id);

-- The ledger, in the order the application would have booked it.
insert into mobilisation.journal (fund_id, kind, value_date, description, idempotency_key, recorded_by, recorded_at, decision_id)
select p.fund_id, 'COMMITMENT', date '2024-12-11', 'Commitment to programme ' || p.id || ' on decision ' || d.id, 'demo-commitment-P2-MIG-SC-2024-003', 'fmu', timestamp '2024-12-11 16:10:00', d.id
from programming.joint_programme p, governance.decision d where p.title = 'Migrant-inclusive local services in Morocco' and d.reference = 'MIG-SC-2024-003';
insert into mobilisation.journal_line (journal_id, fund_id, value_date, account, pool, amount, currency, organisation_id, programme_id)
select j.id, j.fund_id, j.value_date, x.account, x.pool, x.amount, 'USD', o.id, p.id from (
    select 'COMMITMENTS' as account, 'UNEARMARKED' as pool, cast(1198400.00 as numeric(19, 4)) as amount, cast(null as varchar(20)) as acronym, 0 as seq
    union all select 'COMMITMENTS_CONTRA', 'UNEARMARKED', -1198400.00, cast(null as varchar(20)), 1
) x join mobilisation.journal j on j.idempotency_key = 'demo-commitment-P2-MIG-SC-2024-003' join programming.joint_programme p on p.title = 'Migrant-inclusive local services in Morocco' and p.fund_id = j.fund_id
left join governance.organisation o on o.acronym = x.acronym order by x.seq;
insert into mobilisation.journal (fund_id, kind, value_date, description, idempotency_key, recorded_by, recorded_at, decision_id)
select p.fund_id, 'COMMITMENT', date '2024-12-11', 'Commitment to programme ' || p.id || ' on decision ' || d.id, 'demo-commitment-P3-MIG-SC-2024-004', 'fmu', timestamp '2024-12-11 16:12:00', d.id
from programming.joint_programme p, governance.decision d where p.title = 'Fair recruitment and decent work for migrant workers from Bangladesh' and d.reference = 'MIG-SC-2024-004';
insert into mobilisation.journal_line (journal_id, fund_id, value_date, account, pool, amount, currency, organisation_id, programme_id)
select j.id, j.fund_id, j.value_date, x.account, x.pool, x.amount, 'USD', o.id, p.id from (
    select 'COMMITMENTS' as account, 'COUNTRY:BGD' as pool, cast(994207.50 as numeric(19, 4)) as amount, cast(null as varchar(20)) as acronym, 0 as seq
    union all select 'COMMITMENTS_CONTRA', 'COUNTRY:BGD', -994207.50, cast(null as varchar(20)), 1
    union all select 'COMMITMENTS', 'AREA:4', 605442.50, cast(null as varchar(20)), 2
    union all select 'COMMITMENTS_CONTRA', 'AREA:4', -605442.50, cast(null as varchar(20)), 3
) x join mobilisation.journal j on j.idempotency_key = 'demo-commitment-P3-MIG-SC-2024-004' join programming.joint_programme p on p.title = 'Fair recruitment and decent work for migrant workers from Bangladesh' and p.fund_id = j.fund_id
left join governance.organisation o on o.acronym = x.acronym order by x.seq;
insert into mobilisation.journal (fund_id, kind, value_date, description, idempotency_key, recorded_by, recorded_at, decision_id)
select p.fund_id, 'COMMITMENT', date '2024-12-11', 'Commitment to programme ' || p.id || ' on decision ' || d.id, 'demo-commitment-P4-MIG-SC-2024-005', 'fmu', timestamp '2024-12-11 16:14:00', d.id
from programming.joint_programme p, governance.decision d where p.title = 'Countering trafficking and smuggling along the Eastern Route' and d.reference = 'MIG-SC-2024-005';
insert into mobilisation.journal_line (journal_id, fund_id, value_date, account, pool, amount, currency, organisation_id, programme_id)
select j.id, j.fund_id, j.value_date, x.account, x.pool, x.amount, 'USD', o.id, p.id from (
    select 'COMMITMENTS' as account, 'UNEARMARKED' as pool, cast(1990200.00 as numeric(19, 4)) as amount, cast(null as varchar(20)) as acronym, 0 as seq
    union all select 'COMMITMENTS_CONTRA', 'UNEARMARKED', -1990200.00, cast(null as varchar(20)), 1
) x join mobilisation.journal j on j.idempotency_key = 'demo-commitment-P4-MIG-SC-2024-005' join programming.joint_programme p on p.title = 'Countering trafficking and smuggling along the Eastern Route' and p.fund_id = j.fund_id
left join governance.organisation o on o.acronym = x.acronym order by x.seq;
insert into mobilisation.journal (fund_id, kind, value_date, description, idempotency_key, recorded_by, recorded_at, decision_id)
select p.fund_id, 'TRANSFER', date '2024-12-18', 'Transfer to IOM for programme ' || p.id || ' on decision ' || d.id, 'demo-transfer-P2-IOM-1', 'agent', timestamp '2024-12-18 10:00:00', d.id
from programming.joint_programme p, governance.decision d where p.title = 'Migrant-inclusive local services in Morocco' and d.reference = 'MIG-SC-2024-006';
insert into mobilisation.journal_line (journal_id, fund_id, value_date, account, pool, amount, currency, organisation_id, programme_id)
select j.id, j.fund_id, j.value_date, x.account, x.pool, x.amount, 'USD', o.id, p.id from (
    select 'TRANSFERS_TO_ORGANISATIONS' as account, 'UNEARMARKED' as pool, cast(321000.00 as numeric(19, 4)) as amount, 'IOM' as acronym, 0 as seq
    union all select 'CASH', 'UNEARMARKED', -321000.00, 'IOM', 1
    union all select 'COMMITMENTS_CONTRA', 'UNEARMARKED', 321000.00, cast(null as varchar(20)), 2
    union all select 'COMMITMENTS', 'UNEARMARKED', -321000.00, cast(null as varchar(20)), 3
) x join mobilisation.journal j on j.idempotency_key = 'demo-transfer-P2-IOM-1' join programming.joint_programme p on p.title = 'Migrant-inclusive local services in Morocco' and p.fund_id = j.fund_id
left join governance.organisation o on o.acronym = x.acronym order by x.seq;
insert into programming.programme_transfer (programme_id, organisation_id, tranche, decision_id, amount, journal_id,
    idempotency_key, transferred_by, transferred_at)
select p.id, o.id, 1, d.id, 321000.00, j.id, 'demo-tranche-1-IOM', 'agent', timestamp '2024-12-18 10:00:00'
from programming.joint_programme p, governance.organisation o, governance.decision d, mobilisation.journal j
where p.title = 'Migrant-inclusive local services in Morocco' and o.acronym = 'IOM' and d.reference = 'MIG-SC-2024-006' and j.idempotency_key = 'demo-transfer-P2-IOM-1' and j.fund_id = p.fund_id;
insert into mobilisation.journal (fund_id, kind, value_date, description, idempotency_key, recorded_by, recorded_at, decision_id)
select p.fund_id, 'TRANSFER', date '2024-12-18', 'Transfer to UNDP for programme ' || p.id || ' on decision ' || d.id, 'demo-transfer-P2-UNDP-1', 'agent', timestamp '2024-12-18 10:00:00', d.id
from programming.joint_programme p, governance.decision d where p.title = 'Migrant-inclusive local services in Morocco' and d.reference = 'MIG-SC-2024-006';
insert into mobilisation.journal_line (journal_id, fund_id, value_date, account, pool, amount, currency, organisation_id, programme_id)
select j.id, j.fund_id, j.value_date, x.account, x.pool, x.amount, 'USD', o.id, p.id from (
    select 'TRANSFERS_TO_ORGANISATIONS' as account, 'UNEARMARKED' as pool, cast(231120.00 as numeric(19, 4)) as amount, 'UNDP' as acronym, 0 as seq
    union all select 'CASH', 'UNEARMARKED', -231120.00, 'UNDP', 1
    union all select 'COMMITMENTS_CONTRA', 'UNEARMARKED', 231120.00, cast(null as varchar(20)), 2
    union all select 'COMMITMENTS', 'UNEARMARKED', -231120.00, cast(null as varchar(20)), 3
) x join mobilisation.journal j on j.idempotency_key = 'demo-transfer-P2-UNDP-1' join programming.joint_programme p on p.title = 'Migrant-inclusive local services in Morocco' and p.fund_id = j.fund_id
left join governance.organisation o on o.acronym = x.acronym order by x.seq;
insert into programming.programme_transfer (programme_id, organisation_id, tranche, decision_id, amount, journal_id,
    idempotency_key, transferred_by, transferred_at)
select p.id, o.id, 1, d.id, 231120.00, j.id, 'demo-tranche-1-UNDP', 'agent', timestamp '2024-12-18 10:00:00'
from programming.joint_programme p, governance.organisation o, governance.decision d, mobilisation.journal j
where p.title = 'Migrant-inclusive local services in Morocco' and o.acronym = 'UNDP' and d.reference = 'MIG-SC-2024-006' and j.idempotency_key = 'demo-transfer-P2-UNDP-1' and j.fund_id = p.fund_id;
insert into mobilisation.journal (fund_id, kind, value_date, description, idempotency_key, recorded_by, recorded_at, decision_id)
select p.fund_id, 'TRANSFER', date '2024-12-18', 'Transfer to UNICEF for programme ' || p.id || ' on decision ' || d.id, 'demo-transfer-P2-UNICEF-1', 'agent', timestamp '2024-12-18 10:00:00', d.id
from programming.joint_programme p, governance.decision d where p.title = 'Migrant-inclusive local services in Morocco' and d.reference = 'MIG-SC-2024-006';
insert into mobilisation.journal_line (journal_id, fund_id, value_date, account, pool, amount, currency, organisation_id, programme_id)
select j.id, j.fund_id, j.value_date, x.account, x.pool, x.amount, 'USD', o.id, p.id from (
    select 'TRANSFERS_TO_ORGANISATIONS' as account, 'UNEARMARKED' as pool, cast(166920.00 as numeric(19, 4)) as amount, 'UNICEF' as acronym, 0 as seq
    union all select 'CASH', 'UNEARMARKED', -166920.00, 'UNICEF', 1
    union all select 'COMMITMENTS_CONTRA', 'UNEARMARKED', 166920.00, cast(null as varchar(20)), 2
    union all select 'COMMITMENTS', 'UNEARMARKED', -166920.00, cast(null as varchar(20)), 3
) x join mobilisation.journal j on j.idempotency_key = 'demo-transfer-P2-UNICEF-1' join programming.joint_programme p on p.title = 'Migrant-inclusive local services in Morocco' and p.fund_id = j.fund_id
left join governance.organisation o on o.acronym = x.acronym order by x.seq;
insert into programming.programme_transfer (programme_id, organisation_id, tranche, decision_id, amount, journal_id,
    idempotency_key, transferred_by, transferred_at)
select p.id, o.id, 1, d.id, 166920.00, j.id, 'demo-tranche-1-UNICEF', 'agent', timestamp '2024-12-18 10:00:00'
from programming.joint_programme p, governance.organisation o, governance.decision d, mobilisation.journal j
where p.title = 'Migrant-inclusive local services in Morocco' and o.acronym = 'UNICEF' and d.reference = 'MIG-SC-2024-006' and j.idempotency_key = 'demo-transfer-P2-UNICEF-1' and j.fund_id = p.fund_id;
insert into mobilisation.journal (fund_id, kind, value_date, description, idempotency_key, recorded_by, recorded_at, decision_id)
select p.fund_id, 'TRANSFER', date '2024-12-18', 'Transfer to ILO for programme ' || p.id || ' on decision ' || d.id, 'demo-transfer-P3-ILO-1', 'agent', timestamp '2024-12-18 10:30:00', d.id
from programming.joint_programme p, governance.decision d where p.title = 'Fair recruitment and decent work for migrant workers from Bangladesh' and d.reference = 'MIG-SC-2024-007';
insert into mobilisation.journal_line (journal_id, fund_id, value_date, account, pool, amount, currency, organisation_id, programme_id)
select j.id, j.fund_id, j.value_date, x.account, x.pool, x.amount, 'USD', o.id, p.id from (
    select 'TRANSFERS_TO_ORGANISATIONS' as account, 'AREA:4' as pool, cast(470800.00 as numeric(19, 4)) as amount, 'ILO' as acronym, 0 as seq
    union all select 'CASH', 'AREA:4', -470800.00, 'ILO', 1
    union all select 'COMMITMENTS_CONTRA', 'AREA:4', 470800.00, cast(null as varchar(20)), 2
    union all select 'COMMITMENTS', 'AREA:4', -470800.00, cast(null as varchar(20)), 3
) x join mobilisation.journal j on j.idempotency_key = 'demo-transfer-P3-ILO-1' join programming.joint_programme p on p.title = 'Fair recruitment and decent work for migrant workers from Bangladesh' and p.fund_id = j.fund_id
left join governance.organisation o on o.acronym = x.acronym order by x.seq;
insert into programming.programme_transfer (programme_id, organisation_id, tranche, decision_id, amount, journal_id,
    idempotency_key, transferred_by, transferred_at)
select p.id, o.id, 1, d.id, 470800.00, j.id, 'demo-tranche-1-ILO', 'agent', timestamp '2024-12-18 10:30:00'
from programming.joint_programme p, governance.organisation o, governance.decision d, mobilisation.journal j
where p.title = 'Fair recruitment and decent work for migrant workers from Bangladesh' and o.acronym = 'ILO' and d.reference = 'MIG-SC-2024-007' and j.idempotency_key = 'demo-transfer-P3-ILO-1' and j.fund_id = p.fund_id;
insert into mobilisation.journal (fund_id, kind, value_date, description, idempotency_key, recorded_by, recorded_at, decision_id)
select p.fund_id, 'TRANSFER', date '2024-12-18', 'Transfer to IOM for programme ' || p.id || ' on decision ' || d.id, 'demo-transfer-P3-IOM-1', 'agent', timestamp '2024-12-18 10:30:00', d.id
from programming.joint_programme p, governance.decision d where p.title = 'Fair recruitment and decent work for migrant workers from Bangladesh' and d.reference = 'MIG-SC-2024-007';
insert into mobilisation.journal_line (journal_id, fund_id, value_date, account, pool, amount, currency, organisation_id, programme_id)
select j.id, j.fund_id, j.value_date, x.account, x.pool, x.amount, 'USD', o.id, p.id from (
    select 'TRANSFERS_TO_ORGANISATIONS' as account, 'AREA:4' as pool, cast(134642.50 as numeric(19, 4)) as amount, 'IOM' as acronym, 0 as seq
    union all select 'CASH', 'AREA:4', -134642.50, 'IOM', 1
    union all select 'COMMITMENTS_CONTRA', 'AREA:4', 134642.50, cast(null as varchar(20)), 2
    union all select 'COMMITMENTS', 'AREA:4', -134642.50, cast(null as varchar(20)), 3
    union all select 'TRANSFERS_TO_ORGANISATIONS', 'COUNTRY:BGD', 194382.50, 'IOM', 4
    union all select 'CASH', 'COUNTRY:BGD', -194382.50, 'IOM', 5
    union all select 'COMMITMENTS_CONTRA', 'COUNTRY:BGD', 194382.50, cast(null as varchar(20)), 6
    union all select 'COMMITMENTS', 'COUNTRY:BGD', -194382.50, cast(null as varchar(20)), 7
) x join mobilisation.journal j on j.idempotency_key = 'demo-transfer-P3-IOM-1' join programming.joint_programme p on p.title = 'Fair recruitment and decent work for migrant workers from Bangladesh' and p.fund_id = j.fund_id
left join governance.organisation o on o.acronym = x.acronym order by x.seq;
insert into programming.programme_transfer (programme_id, organisation_id, tranche, decision_id, amount, journal_id,
    idempotency_key, transferred_by, transferred_at)
select p.id, o.id, 1, d.id, 329025.00, j.id, 'demo-tranche-1-IOM', 'agent', timestamp '2024-12-18 10:30:00'
from programming.joint_programme p, governance.organisation o, governance.decision d, mobilisation.journal j
where p.title = 'Fair recruitment and decent work for migrant workers from Bangladesh' and o.acronym = 'IOM' and d.reference = 'MIG-SC-2024-007' and j.idempotency_key = 'demo-transfer-P3-IOM-1' and j.fund_id = p.fund_id;
insert into mobilisation.journal (fund_id, kind, value_date, description, idempotency_key, recorded_by, recorded_at, decision_id)
select p.fund_id, 'TRANSFER', date '2024-12-18', 'Transfer to UNODC for programme ' || p.id || ' on decision ' || d.id, 'demo-transfer-P4-UNODC-1', 'agent', timestamp '2024-12-18 11:00:00', d.id
from programming.joint_programme p, governance.decision d where p.title = 'Countering trafficking and smuggling along the Eastern Route' and d.reference = 'MIG-SC-2024-008';
insert into mobilisation.journal_line (journal_id, fund_id, value_date, account, pool, amount, currency, organisation_id, programme_id)
select j.id, j.fund_id, j.value_date, x.account, x.pool, x.amount, 'USD', o.id, p.id from (
    select 'TRANSFERS_TO_ORGANISATIONS' as account, 'UNEARMARKED' as pool, cast(338120.00 as numeric(19, 4)) as amount, 'UNODC' as acronym, 0 as seq
    union all select 'CASH', 'UNEARMARKED', -338120.00, 'UNODC', 1
    union all select 'COMMITMENTS_CONTRA', 'UNEARMARKED', 338120.00, cast(null as varchar(20)), 2
    union all select 'COMMITMENTS', 'UNEARMARKED', -338120.00, cast(null as varchar(20)), 3
) x join mobilisation.journal j on j.idempotency_key = 'demo-transfer-P4-UNODC-1' join programming.joint_programme p on p.title = 'Countering trafficking and smuggling along the Eastern Route' and p.fund_id = j.fund_id
left join governance.organisation o on o.acronym = x.acronym order by x.seq;
insert into programming.programme_transfer (programme_id, organisation_id, tranche, decision_id, amount, journal_id,
    idempotency_key, transferred_by, transferred_at)
select p.id, o.id, 1, d.id, 338120.00, j.id, 'demo-tranche-1-UNODC', 'agent', timestamp '2024-12-18 11:00:00'
from programming.joint_programme p, governance.organisation o, governance.decision d, mobilisation.journal j
where p.title = 'Countering trafficking and smuggling along the Eastern Route' and o.acronym = 'UNODC' and d.reference = 'MIG-SC-2024-008' and j.idempotency_key = 'demo-transfer-P4-UNODC-1' and j.fund_id = p.fund_id;
insert into mobilisation.journal (fund_id, kind, value_date, description, idempotency_key, recorded_by, recorded_at, decision_id)
select p.fund_id, 'TRANSFER', date '2024-12-18', 'Transfer to IOM for programme ' || p.id || ' on decision ' || d.id, 'demo-transfer-P4-IOM-1', 'agent', timestamp '2024-12-18 11:00:00', d.id
from programming.joint_programme p, governance.decision d where p.title = 'Countering trafficking and smuggling along the Eastern Route' and d.reference = 'MIG-SC-2024-008';
insert into mobilisation.journal_line (journal_id, fund_id, value_date, account, pool, amount, currency, organisation_id, programme_id)
select j.id, j.fund_id, j.value_date, x.account, x.pool, x.amount, 'USD', o.id, p.id from (
    select 'TRANSFERS_TO_ORGANISATIONS' as account, 'UNEARMARKED' as pool, cast(295320.00 as numeric(19, 4)) as amount, 'IOM' as acronym, 0 as seq
    union all select 'CASH', 'UNEARMARKED', -295320.00, 'IOM', 1
    union all select 'COMMITMENTS_CONTRA', 'UNEARMARKED', 295320.00, cast(null as varchar(20)), 2
    union all select 'COMMITMENTS', 'UNEARMARKED', -295320.00, cast(null as varchar(20)), 3
) x join mobilisation.journal j on j.idempotency_key = 'demo-transfer-P4-IOM-1' join programming.joint_programme p on p.title = 'Countering trafficking and smuggling along the Eastern Route' and p.fund_id = j.fund_id
left join governance.organisation o on o.acronym = x.acronym order by x.seq;
insert into programming.programme_transfer (programme_id, organisation_id, tranche, decision_id, amount, journal_id,
    idempotency_key, transferred_by, transferred_at)
select p.id, o.id, 1, d.id, 295320.00, j.id, 'demo-tranche-1-IOM', 'agent', timestamp '2024-12-18 11:00:00'
from programming.joint_programme p, governance.organisation o, governance.decision d, mobilisation.journal j
where p.title = 'Countering trafficking and smuggling along the Eastern Route' and o.acronym = 'IOM' and d.reference = 'MIG-SC-2024-008' and j.idempotency_key = 'demo-transfer-P4-IOM-1' and j.fund_id = p.fund_id;
insert into mobilisation.journal (fund_id, kind, value_date, description, idempotency_key, recorded_by, recorded_at, decision_id)
select p.fund_id, 'TRANSFER', date '2024-12-18', 'Transfer to UNICEF for programme ' || p.id || ' on decision ' || d.id, 'demo-transfer-P4-UNICEF-1', 'agent', timestamp '2024-12-18 11:00:00', d.id
from programming.joint_programme p, governance.decision d where p.title = 'Countering trafficking and smuggling along the Eastern Route' and d.reference = 'MIG-SC-2024-008';
insert into mobilisation.journal_line (journal_id, fund_id, value_date, account, pool, amount, currency, organisation_id, programme_id)
select j.id, j.fund_id, j.value_date, x.account, x.pool, x.amount, 'USD', o.id, p.id from (
    select 'TRANSFERS_TO_ORGANISATIONS' as account, 'UNEARMARKED' as pool, cast(162640.00 as numeric(19, 4)) as amount, 'UNICEF' as acronym, 0 as seq
    union all select 'CASH', 'UNEARMARKED', -162640.00, 'UNICEF', 1
    union all select 'COMMITMENTS_CONTRA', 'UNEARMARKED', 162640.00, cast(null as varchar(20)), 2
    union all select 'COMMITMENTS', 'UNEARMARKED', -162640.00, cast(null as varchar(20)), 3
) x join mobilisation.journal j on j.idempotency_key = 'demo-transfer-P4-UNICEF-1' join programming.joint_programme p on p.title = 'Countering trafficking and smuggling along the Eastern Route' and p.fund_id = j.fund_id
left join governance.organisation o on o.acronym = x.acronym order by x.seq;
insert into programming.programme_transfer (programme_id, organisation_id, tranche, decision_id, amount, journal_id,
    idempotency_key, transferred_by, transferred_at)
select p.id, o.id, 1, d.id, 162640.00, j.id, 'demo-tranche-1-UNICEF', 'agent', timestamp '2024-12-18 11:00:00'
from programming.joint_programme p, governance.organisation o, governance.decision d, mobilisation.journal j
where p.title = 'Countering trafficking and smuggling along the Eastern Route' and o.acronym = 'UNICEF' and d.reference = 'MIG-SC-2024-008' and j.idempotency_key = 'demo-transfer-P4-UNICEF-1' and j.fund_id = p.fund_id;
insert into mobilisation.journal (fund_id, kind, value_date, description, idempotency_key, recorded_by, recorded_at, decision_id)
select p.fund_id, 'COMMITMENT', date '2025-03-12', 'Commitment to programme ' || p.id || ' on decision ' || d.id, 'demo-commitment-P5-MIG-SC-2025-003', 'fmu', timestamp '2025-03-12 17:00:00', d.id
from programming.joint_programme p, governance.decision d where p.title = 'Protection of children on the move in Central America and Mexico' and d.reference = 'MIG-SC-2025-003';
insert into mobilisation.journal_line (journal_id, fund_id, value_date, account, pool, amount, currency, organisation_id, programme_id)
select j.id, j.fund_id, j.value_date, x.account, x.pool, x.amount, 'USD', o.id, p.id from (
    select 'COMMITMENTS' as account, 'REGION:Americas' as pool, cast(297000.00 as numeric(19, 4)) as amount, cast(null as varchar(20)) as acronym, 0 as seq
    union all select 'COMMITMENTS_CONTRA', 'REGION:Americas', -297000.00, cast(null as varchar(20)), 1
    union all select 'COMMITMENTS', 'AREA:2', 1522000.00, cast(null as varchar(20)), 2
    union all select 'COMMITMENTS_CONTRA', 'AREA:2', -1522000.00, cast(null as varchar(20)), 3
) x join mobilisation.journal j on j.idempotency_key = 'demo-commitment-P5-MIG-SC-2025-003' join programming.joint_programme p on p.title = 'Protection of children on the move in Central America and Mexico' and p.fund_id = j.fund_id
left join governance.organisation o on o.acronym = x.acronym order by x.seq;
insert into mobilisation.journal (fund_id, kind, value_date, description, idempotency_key, recorded_by, recorded_at, decision_id)
select p.fund_id, 'TRANSFER', date '2025-04-02', 'Transfer to UNICEF for programme ' || p.id || ' on decision ' || d.id, 'demo-transfer-P5-UNICEF-1', 'agent', timestamp '2025-04-02 10:00:00', d.id
from programming.joint_programme p, governance.decision d where p.title = 'Protection of children on the move in Central America and Mexico' and d.reference = 'MIG-SC-2025-004';
insert into mobilisation.journal_line (journal_id, fund_id, value_date, account, pool, amount, currency, organisation_id, programme_id)
select j.id, j.fund_id, j.value_date, x.account, x.pool, x.amount, 'USD', o.id, p.id from (
    select 'TRANSFERS_TO_ORGANISATIONS' as account, 'AREA:2' as pool, cast(321000.00 as numeric(19, 4)) as amount, 'UNICEF' as acronym, 0 as seq
    union all select 'CASH', 'AREA:2', -321000.00, 'UNICEF', 1
    union all select 'COMMITMENTS_CONTRA', 'AREA:2', 321000.00, cast(null as varchar(20)), 2
    union all select 'COMMITMENTS', 'AREA:2', -321000.00, cast(null as varchar(20)), 3
) x join mobilisation.journal j on j.idempotency_key = 'demo-transfer-P5-UNICEF-1' join programming.joint_programme p on p.title = 'Protection of children on the move in Central America and Mexico' and p.fund_id = j.fund_id
left join governance.organisation o on o.acronym = x.acronym order by x.seq;
insert into programming.programme_transfer (programme_id, organisation_id, tranche, decision_id, amount, journal_id,
    idempotency_key, transferred_by, transferred_at)
select p.id, o.id, 1, d.id, 321000.00, j.id, 'demo-tranche-1-UNICEF', 'agent', timestamp '2025-04-02 10:00:00'
from programming.joint_programme p, governance.organisation o, governance.decision d, mobilisation.journal j
where p.title = 'Protection of children on the move in Central America and Mexico' and o.acronym = 'UNICEF' and d.reference = 'MIG-SC-2025-004' and j.idempotency_key = 'demo-transfer-P5-UNICEF-1' and j.fund_id = p.fund_id;
insert into mobilisation.journal (fund_id, kind, value_date, description, idempotency_key, recorded_by, recorded_at, decision_id)
select p.fund_id, 'TRANSFER', date '2025-04-02', 'Transfer to IOM for programme ' || p.id || ' on decision ' || d.id, 'demo-transfer-P5-IOM-1', 'agent', timestamp '2025-04-02 10:00:00', d.id
from programming.joint_programme p, governance.decision d where p.title = 'Protection of children on the move in Central America and Mexico' and d.reference = 'MIG-SC-2025-004';
insert into mobilisation.journal_line (journal_id, fund_id, value_date, account, pool, amount, currency, organisation_id, programme_id)
select j.id, j.fund_id, j.value_date, x.account, x.pool, x.amount, 'USD', o.id, p.id from (
    select 'TRANSFERS_TO_ORGANISATIONS' as account, 'AREA:2' as pool, cast(243960.00 as numeric(19, 4)) as amount, 'IOM' as acronym, 0 as seq
    union all select 'CASH', 'AREA:2', -243960.00, 'IOM', 1
    union all select 'COMMITMENTS_CONTRA', 'AREA:2', 243960.00, cast(null as varchar(20)), 2
    union all select 'COMMITMENTS', 'AREA:2', -243960.00, cast(null as varchar(20)), 3
) x join mobilisation.journal j on j.idempotency_key = 'demo-transfer-P5-IOM-1' join programming.joint_programme p on p.title = 'Protection of children on the move in Central America and Mexico' and p.fund_id = j.fund_id
left join governance.organisation o on o.acronym = x.acronym order by x.seq;
insert into programming.programme_transfer (programme_id, organisation_id, tranche, decision_id, amount, journal_id,
    idempotency_key, transferred_by, transferred_at)
select p.id, o.id, 1, d.id, 243960.00, j.id, 'demo-tranche-1-IOM', 'agent', timestamp '2025-04-02 10:00:00'
from programming.joint_programme p, governance.organisation o, governance.decision d, mobilisation.journal j
where p.title = 'Protection of children on the move in Central America and Mexico' and o.acronym = 'IOM' and d.reference = 'MIG-SC-2025-004' and j.idempotency_key = 'demo-transfer-P5-IOM-1' and j.fund_id = p.fund_id;
insert into mobilisation.journal (fund_id, kind, value_date, description, idempotency_key, recorded_by, recorded_at, decision_id)
select p.fund_id, 'TRANSFER', date '2025-04-02', 'Transfer to UNHCR for programme ' || p.id || ' on decision ' || d.id, 'demo-transfer-P5-UNHCR-1', 'agent', timestamp '2025-04-02 10:00:00', d.id
from programming.joint_programme p, governance.decision d where p.title = 'Protection of children on the move in Central America and Mexico' and d.reference = 'MIG-SC-2025-004';
insert into mobilisation.journal_line (journal_id, fund_id, value_date, account, pool, amount, currency, organisation_id, programme_id)
select j.id, j.fund_id, j.value_date, x.account, x.pool, x.amount, 'USD', o.id, p.id from (
    select 'TRANSFERS_TO_ORGANISATIONS' as account, 'AREA:2' as pool, cast(162640.00 as numeric(19, 4)) as amount, 'UNHCR' as acronym, 0 as seq
    union all select 'CASH', 'AREA:2', -162640.00, 'UNHCR', 1
    union all select 'COMMITMENTS_CONTRA', 'AREA:2', 162640.00, cast(null as varchar(20)), 2
    union all select 'COMMITMENTS', 'AREA:2', -162640.00, cast(null as varchar(20)), 3
) x join mobilisation.journal j on j.idempotency_key = 'demo-transfer-P5-UNHCR-1' join programming.joint_programme p on p.title = 'Protection of children on the move in Central America and Mexico' and p.fund_id = j.fund_id
left join governance.organisation o on o.acronym = x.acronym order by x.seq;
insert into programming.programme_transfer (programme_id, organisation_id, tranche, decision_id, amount, journal_id,
    idempotency_key, transferred_by, transferred_at)
select p.id, o.id, 1, d.id, 162640.00, j.id, 'demo-tranche-1-UNHCR', 'agent', timestamp '2025-04-02 10:00:00'
from programming.joint_programme p, governance.organisation o, governance.decision d, mobilisation.journal j
where p.title = 'Protection of children on the move in Central America and Mexico' and o.acronym = 'UNHCR' and d.reference = 'MIG-SC-2025-004' and j.idempotency_key = 'demo-transfer-P5-UNHCR-1' and j.fund_id = p.fund_id;
insert into mobilisation.journal (fund_id, kind, value_date, description, idempotency_key, recorded_by, recorded_at, decision_id)
select p.fund_id, 'COMMITMENT', date '2025-09-24', 'Commitment to programme ' || p.id || ' on decision ' || d.id, 'demo-commitment-P4-MIG-SC-2025-005', 'fmu', timestamp '2025-09-24 16:20:00', d.id
from programming.joint_programme p, governance.decision d where p.title = 'Countering trafficking and smuggling along the Eastern Route' and d.reference = 'MIG-SC-2025-005';
insert into mobilisation.journal_line (journal_id, fund_id, value_date, account, pool, amount, currency, organisation_id, programme_id)
select j.id, j.fund_id, j.value_date, x.account, x.pool, x.amount, 'USD', o.id, p.id from (
    select 'COMMITMENTS' as account, 'UNEARMARKED' as pool, cast(214000.00 as numeric(19, 4)) as amount, cast(null as varchar(20)) as acronym, 0 as seq
    union all select 'COMMITMENTS_CONTRA', 'UNEARMARKED', -214000.00, cast(null as varchar(20)), 1
) x join mobilisation.journal j on j.idempotency_key = 'demo-commitment-P4-MIG-SC-2025-005' join programming.joint_programme p on p.title = 'Countering trafficking and smuggling along the Eastern Route' and p.fund_id = j.fund_id
left join governance.organisation o on o.acronym = x.acronym order by x.seq;
insert into mobilisation.journal (fund_id, kind, value_date, description, idempotency_key, recorded_by, recorded_at, decision_id)
select p.fund_id, 'TRANSFER', date '2025-10-08', 'Transfer to IOM for programme ' || p.id || ' on decision ' || d.id, 'demo-transfer-P2-IOM-2', 'agent', timestamp '2025-10-08 10:00:00', d.id
from programming.joint_programme p, governance.decision d where p.title = 'Migrant-inclusive local services in Morocco' and d.reference = 'MIG-SC-2025-006';
insert into mobilisation.journal_line (journal_id, fund_id, value_date, account, pool, amount, currency, organisation_id, programme_id)
select j.id, j.fund_id, j.value_date, x.account, x.pool, x.amount, 'USD', o.id, p.id from (
    select 'TRANSFERS_TO_ORGANISATIONS' as account, 'UNEARMARKED' as pool, cast(214000.00 as numeric(19, 4)) as amount, 'IOM' as acronym, 0 as seq
    union all select 'CASH', 'UNEARMARKED', -214000.00, 'IOM', 1
    union all select 'COMMITMENTS_CONTRA', 'UNEARMARKED', 214000.00, cast(null as varchar(20)), 2
    union all select 'COMMITMENTS', 'UNEARMARKED', -214000.00, cast(null as varchar(20)), 3
) x join mobilisation.journal j on j.idempotency_key = 'demo-transfer-P2-IOM-2' join programming.joint_programme p on p.title = 'Migrant-inclusive local services in Morocco' and p.fund_id = j.fund_id
left join governance.organisation o on o.acronym = x.acronym order by x.seq;
insert into programming.programme_transfer (programme_id, organisation_id, tranche, decision_id, amount, journal_id,
    idempotency_key, transferred_by, transferred_at)
select p.id, o.id, 2, d.id, 214000.00, j.id, 'demo-tranche-2-IOM', 'agent', timestamp '2025-10-08 10:00:00'
from programming.joint_programme p, governance.organisation o, governance.decision d, mobilisation.journal j
where p.title = 'Migrant-inclusive local services in Morocco' and o.acronym = 'IOM' and d.reference = 'MIG-SC-2025-006' and j.idempotency_key = 'demo-transfer-P2-IOM-2' and j.fund_id = p.fund_id;
insert into mobilisation.journal (fund_id, kind, value_date, description, idempotency_key, recorded_by, recorded_at, decision_id)
select p.fund_id, 'TRANSFER', date '2025-10-08', 'Transfer to UNDP for programme ' || p.id || ' on decision ' || d.id, 'demo-transfer-P2-UNDP-2', 'agent', timestamp '2025-10-08 10:00:00', d.id
from programming.joint_programme p, governance.decision d where p.title = 'Migrant-inclusive local services in Morocco' and d.reference = 'MIG-SC-2025-006';
insert into mobilisation.journal_line (journal_id, fund_id, value_date, account, pool, amount, currency, organisation_id, programme_id)
select j.id, j.fund_id, j.value_date, x.account, x.pool, x.amount, 'USD', o.id, p.id from (
    select 'TRANSFERS_TO_ORGANISATIONS' as account, 'UNEARMARKED' as pool, cast(100000.00 as numeric(19, 4)) as amount, 'UNDP' as acronym, 0 as seq
    union all select 'CASH', 'UNEARMARKED', -100000.00, 'UNDP', 1
    union all select 'COMMITMENTS_CONTRA', 'UNEARMARKED', 100000.00, cast(null as varchar(20)), 2
    union all select 'COMMITMENTS', 'UNEARMARKED', -100000.00, cast(null as varchar(20)), 3
) x join mobilisation.journal j on j.idempotency_key = 'demo-transfer-P2-UNDP-2' join programming.joint_programme p on p.title = 'Migrant-inclusive local services in Morocco' and p.fund_id = j.fund_id
left join governance.organisation o on o.acronym = x.acronym order by x.seq;
insert into programming.programme_transfer (programme_id, organisation_id, tranche, decision_id, amount, journal_id,
    idempotency_key, transferred_by, transferred_at)
select p.id, o.id, 2, d.id, 100000.00, j.id, 'demo-tranche-2-UNDP', 'agent', timestamp '2025-10-08 10:00:00'
from programming.joint_programme p, governance.organisation o, governance.decision d, mobilisation.journal j
where p.title = 'Migrant-inclusive local services in Morocco' and o.acronym = 'UNDP' and d.reference = 'MIG-SC-2025-006' and j.idempotency_key = 'demo-transfer-P2-UNDP-2' and j.fund_id = p.fund_id;
insert into mobilisation.journal (fund_id, kind, value_date, description, idempotency_key, recorded_by, recorded_at, decision_id)
select p.fund_id, 'TRANSFER', date '2025-10-08', 'Transfer to UNICEF for programme ' || p.id || ' on decision ' || d.id, 'demo-transfer-P2-UNICEF-2', 'agent', timestamp '2025-10-08 10:00:00', d.id
from programming.joint_programme p, governance.decision d where p.title = 'Migrant-inclusive local services in Morocco' and d.reference = 'MIG-SC-2025-006';
insert into mobilisation.journal_line (journal_id, fund_id, value_date, account, pool, amount, currency, organisation_id, programme_id)
select j.id, j.fund_id, j.value_date, x.account, x.pool, x.amount, 'USD', o.id, p.id from (
    select 'TRANSFERS_TO_ORGANISATIONS' as account, 'UNEARMARKED' as pool, cast(111280.00 as numeric(19, 4)) as amount, 'UNICEF' as acronym, 0 as seq
    union all select 'CASH', 'UNEARMARKED', -111280.00, 'UNICEF', 1
    union all select 'COMMITMENTS_CONTRA', 'UNEARMARKED', 111280.00, cast(null as varchar(20)), 2
    union all select 'COMMITMENTS', 'UNEARMARKED', -111280.00, cast(null as varchar(20)), 3
) x join mobilisation.journal j on j.idempotency_key = 'demo-transfer-P2-UNICEF-2' join programming.joint_programme p on p.title = 'Migrant-inclusive local services in Morocco' and p.fund_id = j.fund_id
left join governance.organisation o on o.acronym = x.acronym order by x.seq;
insert into programming.programme_transfer (programme_id, organisation_id, tranche, decision_id, amount, journal_id,
    idempotency_key, transferred_by, transferred_at)
select p.id, o.id, 2, d.id, 111280.00, j.id, 'demo-tranche-2-UNICEF', 'agent', timestamp '2025-10-08 10:00:00'
from programming.joint_programme p, governance.organisation o, governance.decision d, mobilisation.journal j
where p.title = 'Migrant-inclusive local services in Morocco' and o.acronym = 'UNICEF' and d.reference = 'MIG-SC-2025-006' and j.idempotency_key = 'demo-transfer-P2-UNICEF-2' and j.fund_id = p.fund_id;
insert into mobilisation.journal (fund_id, kind, value_date, description, idempotency_key, recorded_by, recorded_at, decision_id)
select p.fund_id, 'TRANSFER', date '2025-10-08', 'Transfer to ILO for programme ' || p.id || ' on decision ' || d.id, 'demo-transfer-P3-ILO-2', 'agent', timestamp '2025-10-08 10:30:00', d.id
from programming.joint_programme p, governance.decision d where p.title = 'Fair recruitment and decent work for migrant workers from Bangladesh' and d.reference = 'MIG-SC-2025-007';
insert into mobilisation.journal_line (journal_id, fund_id, value_date, account, pool, amount, currency, organisation_id, programme_id)
select j.id, j.fund_id, j.value_date, x.account, x.pool, x.amount, 'USD', o.id, p.id from (
    select 'TRANSFERS_TO_ORGANISATIONS' as account, 'COUNTRY:BGD' as pool, cast(470800.00 as numeric(19, 4)) as amount, 'ILO' as acronym, 0 as seq
    union all select 'CASH', 'COUNTRY:BGD', -470800.00, 'ILO', 1
    union all select 'COMMITMENTS_CONTRA', 'COUNTRY:BGD', 470800.00, cast(null as varchar(20)), 2
    union all select 'COMMITMENTS', 'COUNTRY:BGD', -470800.00, cast(null as varchar(20)), 3
) x join mobilisation.journal j on j.idempotency_key = 'demo-transfer-P3-ILO-2' join programming.joint_programme p on p.title = 'Fair recruitment and decent work for migrant workers from Bangladesh' and p.fund_id = j.fund_id
left join governance.organisation o on o.acronym = x.acronym order by x.seq;
insert into programming.programme_transfer (programme_id, organisation_id, tranche, decision_id, amount, journal_id,
    idempotency_key, transferred_by, transferred_at)
select p.id, o.id, 2, d.id, 470800.00, j.id, 'demo-tranche-2-ILO', 'agent', timestamp '2025-10-08 10:30:00'
from programming.joint_programme p, governance.organisation o, governance.decision d, mobilisation.journal j
where p.title = 'Fair recruitment and decent work for migrant workers from Bangladesh' and o.acronym = 'ILO' and d.reference = 'MIG-SC-2025-007' and j.idempotency_key = 'demo-transfer-P3-ILO-2' and j.fund_id = p.fund_id;
insert into mobilisation.journal (fund_id, kind, value_date, description, idempotency_key, recorded_by, recorded_at, decision_id)
select p.fund_id, 'TRANSFER', date '2025-10-08', 'Transfer to IOM for programme ' || p.id || ' on decision ' || d.id, 'demo-transfer-P3-IOM-2', 'agent', timestamp '2025-10-08 10:30:00', d.id
from programming.joint_programme p, governance.decision d where p.title = 'Fair recruitment and decent work for migrant workers from Bangladesh' and d.reference = 'MIG-SC-2025-007';
insert into mobilisation.journal_line (journal_id, fund_id, value_date, account, pool, amount, currency, organisation_id, programme_id)
select j.id, j.fund_id, j.value_date, x.account, x.pool, x.amount, 'USD', o.id, p.id from (
    select 'TRANSFERS_TO_ORGANISATIONS' as account, 'COUNTRY:BGD' as pool, cast(329025.00 as numeric(19, 4)) as amount, 'IOM' as acronym, 0 as seq
    union all select 'CASH', 'COUNTRY:BGD', -329025.00, 'IOM', 1
    union all select 'COMMITMENTS_CONTRA', 'COUNTRY:BGD', 329025.00, cast(null as varchar(20)), 2
    union all select 'COMMITMENTS', 'COUNTRY:BGD', -329025.00, cast(null as varchar(20)), 3
) x join mobilisation.journal j on j.idempotency_key = 'demo-transfer-P3-IOM-2' join programming.joint_programme p on p.title = 'Fair recruitment and decent work for migrant workers from Bangladesh' and p.fund_id = j.fund_id
left join governance.organisation o on o.acronym = x.acronym order by x.seq;
insert into programming.programme_transfer (programme_id, organisation_id, tranche, decision_id, amount, journal_id,
    idempotency_key, transferred_by, transferred_at)
select p.id, o.id, 2, d.id, 329025.00, j.id, 'demo-tranche-2-IOM', 'agent', timestamp '2025-10-08 10:30:00'
from programming.joint_programme p, governance.organisation o, governance.decision d, mobilisation.journal j
where p.title = 'Fair recruitment and decent work for migrant workers from Bangladesh' and o.acronym = 'IOM' and d.reference = 'MIG-SC-2025-007' and j.idempotency_key = 'demo-transfer-P3-IOM-2' and j.fund_id = p.fund_id;
insert into mobilisation.journal (fund_id, kind, value_date, description, idempotency_key, recorded_by, recorded_at, decision_id)
select p.fund_id, 'TRANSFER', date '2025-10-08', 'Transfer to UNODC for programme ' || p.id || ' on decision ' || d.id, 'demo-transfer-P4-UNODC-2', 'agent', timestamp '2025-10-08 11:00:00', d.id
from programming.joint_programme p, governance.decision d where p.title = 'Countering trafficking and smuggling along the Eastern Route' and d.reference = 'MIG-SC-2025-008';
insert into mobilisation.journal_line (journal_id, fund_id, value_date, account, pool, amount, currency, organisation_id, programme_id)
select j.id, j.fund_id, j.value_date, x.account, x.pool, x.amount, 'USD', o.id, p.id from (
    select 'TRANSFERS_TO_ORGANISATIONS' as account, 'UNEARMARKED' as pool, cast(338120.00 as numeric(19, 4)) as amount, 'UNODC' as acronym, 0 as seq
    union all select 'CASH', 'UNEARMARKED', -338120.00, 'UNODC', 1
    union all select 'COMMITMENTS_CONTRA', 'UNEARMARKED', 338120.00, cast(null as varchar(20)), 2
    union all select 'COMMITMENTS', 'UNEARMARKED', -338120.00, cast(null as varchar(20)), 3
) x join mobilisation.journal j on j.idempotency_key = 'demo-transfer-P4-UNODC-2' join programming.joint_programme p on p.title = 'Countering trafficking and smuggling along the Eastern Route' and p.fund_id = j.fund_id
left join governance.organisation o on o.acronym = x.acronym order by x.seq;
insert into programming.programme_transfer (programme_id, organisation_id, tranche, decision_id, amount, journal_id,
    idempotency_key, transferred_by, transferred_at)
select p.id, o.id, 2, d.id, 338120.00, j.id, 'demo-tranche-2-UNODC', 'agent', timestamp '2025-10-08 11:00:00'
from programming.joint_programme p, governance.organisation o, governance.decision d, mobilisation.journal j
where p.title = 'Countering trafficking and smuggling along the Eastern Route' and o.acronym = 'UNODC' and d.reference = 'MIG-SC-2025-008' and j.idempotency_key = 'demo-transfer-P4-UNODC-2' and j.fund_id = p.fund_id;
insert into mobilisation.journal (fund_id, kind, value_date, description, idempotency_key, recorded_by, recorded_at, decision_id)
select p.fund_id, 'TRANSFER', date '2025-10-08', 'Transfer to IOM for programme ' || p.id || ' on decision ' || d.id, 'demo-transfer-P4-IOM-2', 'agent', timestamp '2025-10-08 11:00:00', d.id
from programming.joint_programme p, governance.decision d where p.title = 'Countering trafficking and smuggling along the Eastern Route' and d.reference = 'MIG-SC-2025-008';
insert into mobilisation.journal_line (journal_id, fund_id, value_date, account, pool, amount, currency, organisation_id, programme_id)
select j.id, j.fund_id, j.value_date, x.account, x.pool, x.amount, 'USD', o.id, p.id from (
    select 'TRANSFERS_TO_ORGANISATIONS' as account, 'UNEARMARKED' as pool, cast(346680.00 as numeric(19, 4)) as amount, 'IOM' as acronym, 0 as seq
    union all select 'CASH', 'UNEARMARKED', -346680.00, 'IOM', 1
    union all select 'COMMITMENTS_CONTRA', 'UNEARMARKED', 346680.00, cast(null as varchar(20)), 2
    union all select 'COMMITMENTS', 'UNEARMARKED', -346680.00, cast(null as varchar(20)), 3
) x join mobilisation.journal j on j.idempotency_key = 'demo-transfer-P4-IOM-2' join programming.joint_programme p on p.title = 'Countering trafficking and smuggling along the Eastern Route' and p.fund_id = j.fund_id
left join governance.organisation o on o.acronym = x.acronym order by x.seq;
insert into programming.programme_transfer (programme_id, organisation_id, tranche, decision_id, amount, journal_id,
    idempotency_key, transferred_by, transferred_at)
select p.id, o.id, 2, d.id, 346680.00, j.id, 'demo-tranche-2-IOM', 'agent', timestamp '2025-10-08 11:00:00'
from programming.joint_programme p, governance.organisation o, governance.decision d, mobilisation.journal j
where p.title = 'Countering trafficking and smuggling along the Eastern Route' and o.acronym = 'IOM' and d.reference = 'MIG-SC-2025-008' and j.idempotency_key = 'demo-transfer-P4-IOM-2' and j.fund_id = p.fund_id;
insert into mobilisation.journal (fund_id, kind, value_date, description, idempotency_key, recorded_by, recorded_at, decision_id)
select p.fund_id, 'TRANSFER', date '2025-10-08', 'Transfer to UNICEF for programme ' || p.id || ' on decision ' || d.id, 'demo-transfer-P4-UNICEF-2', 'agent', timestamp '2025-10-08 11:00:00', d.id
from programming.joint_programme p, governance.decision d where p.title = 'Countering trafficking and smuggling along the Eastern Route' and d.reference = 'MIG-SC-2025-008';
insert into mobilisation.journal_line (journal_id, fund_id, value_date, account, pool, amount, currency, organisation_id, programme_id)
select j.id, j.fund_id, j.value_date, x.account, x.pool, x.amount, 'USD', o.id, p.id from (
    select 'TRANSFERS_TO_ORGANISATIONS' as account, 'UNEARMARKED' as pool, cast(196880.00 as numeric(19, 4)) as amount, 'UNICEF' as acronym, 0 as seq
    union all select 'CASH', 'UNEARMARKED', -196880.00, 'UNICEF', 1
    union all select 'COMMITMENTS_CONTRA', 'UNEARMARKED', 196880.00, cast(null as varchar(20)), 2
    union all select 'COMMITMENTS', 'UNEARMARKED', -196880.00, cast(null as varchar(20)), 3
) x join mobilisation.journal j on j.idempotency_key = 'demo-transfer-P4-UNICEF-2' join programming.joint_programme p on p.title = 'Countering trafficking and smuggling along the Eastern Route' and p.fund_id = j.fund_id
left join governance.organisation o on o.acronym = x.acronym order by x.seq;
insert into programming.programme_transfer (programme_id, organisation_id, tranche, decision_id, amount, journal_id,
    idempotency_key, transferred_by, transferred_at)
select p.id, o.id, 2, d.id, 196880.00, j.id, 'demo-tranche-2-UNICEF', 'agent', timestamp '2025-10-08 11:00:00'
from programming.joint_programme p, governance.organisation o, governance.decision d, mobilisation.journal j
where p.title = 'Countering trafficking and smuggling along the Eastern Route' and o.acronym = 'UNICEF' and d.reference = 'MIG-SC-2025-008' and j.idempotency_key = 'demo-transfer-P4-UNICEF-2' and j.fund_id = p.fund_id;
insert into mobilisation.journal (fund_id, kind, value_date, description, idempotency_key, recorded_by, recorded_at, decision_id)
select p.fund_id, 'COMMITMENT', date '2026-06-18', 'Commitment to programme ' || p.id || ' on decision ' || d.id, 'demo-commitment-P1-MIG-SC-2026-001', 'fmu', timestamp '2026-06-18 17:30:00', d.id
from programming.joint_programme p, governance.decision d where p.title = 'Alternatives to immigration detention for children and families' and d.reference = 'MIG-SC-2026-001';
insert into mobilisation.journal_line (journal_id, fund_id, value_date, account, pool, amount, currency, organisation_id, programme_id)
select j.id, j.fund_id, j.value_date, x.account, x.pool, x.amount, 'USD', o.id, p.id from (
    select 'COMMITMENTS' as account, 'AREA:2' as pool, cast(1039823.00 as numeric(19, 4)) as amount, cast(null as varchar(20)) as acronym, 0 as seq
    union all select 'COMMITMENTS_CONTRA', 'AREA:2', -1039823.00, cast(null as varchar(20)), 1
    union all select 'COMMITMENTS', 'UNEARMARKED', 1460177.00, cast(null as varchar(20)), 2
    union all select 'COMMITMENTS_CONTRA', 'UNEARMARKED', -1460177.00, cast(null as varchar(20)), 3
) x join mobilisation.journal j on j.idempotency_key = 'demo-commitment-P1-MIG-SC-2026-001' join programming.joint_programme p on p.title = 'Alternatives to immigration detention for children and families' and p.fund_id = j.fund_id
left join governance.organisation o on o.acronym = x.acronym order by x.seq;
insert into mobilisation.journal (fund_id, kind, value_date, description, idempotency_key, recorded_by, recorded_at, decision_id)
select p.fund_id, 'COMMITMENT', date '2026-06-18', 'Commitment to programme ' || p.id || ' on decision ' || d.id, 'demo-commitment-P6-MIG-SC-2026-003', 'fmu', timestamp '2026-06-18 17:35:00', d.id
from programming.joint_programme p, governance.decision d where p.title = 'Skills mobility partnerships for workers from the Philippines' and d.reference = 'MIG-SC-2026-003';
insert into mobilisation.journal_line (journal_id, fund_id, value_date, account, pool, amount, currency, organisation_id, programme_id)
select j.id, j.fund_id, j.value_date, x.account, x.pool, x.amount, 'USD', o.id, p.id from (
    select 'COMMITMENTS' as account, 'AREA:4' as pool, cast(1040977.00 as numeric(19, 4)) as amount, cast(null as varchar(20)) as acronym, 0 as seq
    union all select 'COMMITMENTS_CONTRA', 'AREA:4', -1040977.00, cast(null as varchar(20)), 1
    union all select 'COMMITMENTS', 'UNEARMARKED', 350023.00, cast(null as varchar(20)), 2
    union all select 'COMMITMENTS_CONTRA', 'UNEARMARKED', -350023.00, cast(null as varchar(20)), 3
) x join mobilisation.journal j on j.idempotency_key = 'demo-commitment-P6-MIG-SC-2026-003' join programming.joint_programme p on p.title = 'Skills mobility partnerships for workers from the Philippines' and p.fund_id = j.fund_id
left join governance.organisation o on o.acronym = x.acronym order by x.seq;
insert into mobilisation.journal (fund_id, kind, value_date, description, idempotency_key, recorded_by, recorded_at, decision_id)
select p.fund_id, 'TRANSFER', date '2026-07-09', 'Transfer to IOM for programme ' || p.id || ' on decision ' || d.id, 'demo-transfer-P1-IOM-1', 'agent', timestamp '2026-07-09 10:00:00', d.id
from programming.joint_programme p, governance.decision d where p.title = 'Alternatives to immigration detention for children and families' and d.reference = 'MIG-SC-2026-004';
insert into mobilisation.journal_line (journal_id, fund_id, value_date, account, pool, amount, currency, organisation_id, programme_id)
select j.id, j.fund_id, j.value_date, x.account, x.pool, x.amount, 'USD', o.id, p.id from (
    select 'TRANSFERS_TO_ORGANISATIONS' as account, 'AREA:2' as pool, cast(535000.00 as numeric(19, 4)) as amount, 'IOM' as acronym, 0 as seq
    union all select 'CASH', 'AREA:2', -535000.00, 'IOM', 1
    union all select 'COMMITMENTS_CONTRA', 'AREA:2', 535000.00, cast(null as varchar(20)), 2
    union all select 'COMMITMENTS', 'AREA:2', -535000.00, cast(null as varchar(20)), 3
) x join mobilisation.journal j on j.idempotency_key = 'demo-transfer-P1-IOM-1' join programming.joint_programme p on p.title = 'Alternatives to immigration detention for children and families' and p.fund_id = j.fund_id
left join governance.organisation o on o.acronym = x.acronym order by x.seq;
insert into programming.programme_transfer (programme_id, organisation_id, tranche, decision_id, amount, journal_id,
    idempotency_key, transferred_by, transferred_at)
select p.id, o.id, 1, d.id, 535000.00, j.id, 'demo-tranche-1-IOM', 'agent', timestamp '2026-07-09 10:00:00'
from programming.joint_programme p, governance.organisation o, governance.decision d, mobilisation.journal j
where p.title = 'Alternatives to immigration detention for children and families' and o.acronym = 'IOM' and d.reference = 'MIG-SC-2026-004' and j.idempotency_key = 'demo-transfer-P1-IOM-1' and j.fund_id = p.fund_id;
insert into mobilisation.journal (fund_id, kind, value_date, description, idempotency_key, recorded_by, recorded_at, decision_id)
select p.fund_id, 'TRANSFER', date '2026-07-09', 'Transfer to UNICEF for programme ' || p.id || ' on decision ' || d.id, 'demo-transfer-P1-UNICEF-1', 'agent', timestamp '2026-07-09 10:00:00', d.id
from programming.joint_programme p, governance.decision d where p.title = 'Alternatives to immigration detention for children and families' and d.reference = 'MIG-SC-2026-004';
insert into mobilisation.journal_line (journal_id, fund_id, value_date, account, pool, amount, currency, organisation_id, programme_id)
select j.id, j.fund_id, j.value_date, x.account, x.pool, x.amount, 'USD', o.id, p.id from (
    select 'TRANSFERS_TO_ORGANISATIONS' as account, 'AREA:2' as pool, cast(454750.00 as numeric(19, 4)) as amount, 'UNICEF' as acronym, 0 as seq
    union all select 'CASH', 'AREA:2', -454750.00, 'UNICEF', 1
    union all select 'COMMITMENTS_CONTRA', 'AREA:2', 454750.00, cast(null as varchar(20)), 2
    union all select 'COMMITMENTS', 'AREA:2', -454750.00, cast(null as varchar(20)), 3
) x join mobilisation.journal j on j.idempotency_key = 'demo-transfer-P1-UNICEF-1' join programming.joint_programme p on p.title = 'Alternatives to immigration detention for children and families' and p.fund_id = j.fund_id
left join governance.organisation o on o.acronym = x.acronym order by x.seq;
insert into programming.programme_transfer (programme_id, organisation_id, tranche, decision_id, amount, journal_id,
    idempotency_key, transferred_by, transferred_at)
select p.id, o.id, 1, d.id, 454750.00, j.id, 'demo-tranche-1-UNICEF', 'agent', timestamp '2026-07-09 10:00:00'
from programming.joint_programme p, governance.organisation o, governance.decision d, mobilisation.journal j
where p.title = 'Alternatives to immigration detention for children and families' and o.acronym = 'UNICEF' and d.reference = 'MIG-SC-2026-004' and j.idempotency_key = 'demo-transfer-P1-UNICEF-1' and j.fund_id = p.fund_id;
insert into mobilisation.journal (fund_id, kind, value_date, description, idempotency_key, recorded_by, recorded_at, decision_id)
select p.fund_id, 'TRANSFER', date '2026-07-09', 'Transfer to OHCHR for programme ' || p.id || ' on decision ' || d.id, 'demo-transfer-P1-OHCHR-1', 'agent', timestamp '2026-07-09 10:00:00', d.id
from programming.joint_programme p, governance.decision d where p.title = 'Alternatives to immigration detention for children and families' and d.reference = 'MIG-SC-2026-004';
insert into mobilisation.journal_line (journal_id, fund_id, value_date, account, pool, amount, currency, organisation_id, programme_id)
select j.id, j.fund_id, j.value_date, x.account, x.pool, x.amount, 'USD', o.id, p.id from (
    select 'TRANSFERS_TO_ORGANISATIONS' as account, 'AREA:2' as pool, cast(50073.00 as numeric(19, 4)) as amount, 'OHCHR' as acronym, 0 as seq
    union all select 'CASH', 'AREA:2', -50073.00, 'OHCHR', 1
    union all select 'COMMITMENTS_CONTRA', 'AREA:2', 50073.00, cast(null as varchar(20)), 2
    union all select 'COMMITMENTS', 'AREA:2', -50073.00, cast(null as varchar(20)), 3
    union all select 'TRANSFERS_TO_ORGANISATIONS', 'UNEARMARKED', 210177.00, 'OHCHR', 4
    union all select 'CASH', 'UNEARMARKED', -210177.00, 'OHCHR', 5
    union all select 'COMMITMENTS_CONTRA', 'UNEARMARKED', 210177.00, cast(null as varchar(20)), 6
    union all select 'COMMITMENTS', 'UNEARMARKED', -210177.00, cast(null as varchar(20)), 7
) x join mobilisation.journal j on j.idempotency_key = 'demo-transfer-P1-OHCHR-1' join programming.joint_programme p on p.title = 'Alternatives to immigration detention for children and families' and p.fund_id = j.fund_id
left join governance.organisation o on o.acronym = x.acronym order by x.seq;
insert into programming.programme_transfer (programme_id, organisation_id, tranche, decision_id, amount, journal_id,
    idempotency_key, transferred_by, transferred_at)
select p.id, o.id, 1, d.id, 260250.00, j.id, 'demo-tranche-1-OHCHR', 'agent', timestamp '2026-07-09 10:00:00'
from programming.joint_programme p, governance.organisation o, governance.decision d, mobilisation.journal j
where p.title = 'Alternatives to immigration detention for children and families' and o.acronym = 'OHCHR' and d.reference = 'MIG-SC-2026-004' and j.idempotency_key = 'demo-transfer-P1-OHCHR-1' and j.fund_id = p.fund_id;
insert into mobilisation.journal (fund_id, kind, value_date, description, idempotency_key, recorded_by, recorded_at, decision_id)
select p.fund_id, 'REFUND_FROM_ORGANISATION', date '2026-08-14', 'Refund from IOM for programme ' || p.id, 'demo-refund-P2-IOM', 'agent', timestamp '2026-08-14 09:00:00', cast(null as bigint)
from programming.joint_programme p where p.title = 'Migrant-inclusive local services in Morocco';
insert into mobilisation.journal_line (journal_id, fund_id, value_date, account, pool, amount, currency, organisation_id, programme_id)
select j.id, j.fund_id, j.value_date, x.account, x.pool, x.amount, 'USD', o.id, p.id from (
    select 'CASH' as account, 'UNEARMARKED' as pool, cast(6584.63 as numeric(19, 4)) as amount, 'IOM' as acronym, 0 as seq
    union all select 'REFUNDS_FROM_ORGANISATIONS', 'UNEARMARKED', -6584.63, 'IOM', 1
) x join mobilisation.journal j on j.idempotency_key = 'demo-refund-P2-IOM' join programming.joint_programme p on p.title = 'Migrant-inclusive local services in Morocco' and p.fund_id = j.fund_id
left join governance.organisation o on o.acronym = x.acronym order by x.seq;
insert into mobilisation.journal (fund_id, kind, value_date, description, idempotency_key, recorded_by, recorded_at, decision_id)
select p.fund_id, 'REFUND_FROM_ORGANISATION', date '2026-08-14', 'Refund from UNICEF for programme ' || p.id, 'demo-refund-P2-UNICEF', 'agent', timestamp '2026-08-14 09:00:00', cast(null as bigint)
from programming.joint_programme p where p.title = 'Migrant-inclusive local services in Morocco';
insert into mobilisation.journal_line (journal_id, fund_id, value_date, account, pool, amount, currency, organisation_id, programme_id)
select j.id, j.fund_id, j.value_date, x.account, x.pool, x.amount, 'USD', o.id, p.id from (
    select 'CASH' as account, 'UNEARMARKED' as pool, cast(7237.85 as numeric(19, 4)) as amount, 'UNICEF' as acronym, 0 as seq
    union all select 'REFUNDS_FROM_ORGANISATIONS', 'UNEARMARKED', -7237.85, 'UNICEF', 1
) x join mobilisation.journal j on j.idempotency_key = 'demo-refund-P2-UNICEF' join programming.joint_programme p on p.title = 'Migrant-inclusive local services in Morocco' and p.fund_id = j.fund_id
left join governance.organisation o on o.acronym = x.acronym order by x.seq;
insert into mobilisation.journal (fund_id, kind, value_date, description, idempotency_key, recorded_by, recorded_at, decision_id)
select p.fund_id, 'COMMITMENT', date '2026-09-30', 'Release of commitment to programme ' || p.id || ': financial closure, never transferred', 'demo-release-P2', 'fmu', timestamp '2026-09-30 15:00:00', cast(null as bigint)
from programming.joint_programme p where p.title = 'Migrant-inclusive local services in Morocco';
insert into mobilisation.journal_line (journal_id, fund_id, value_date, account, pool, amount, currency, organisation_id, programme_id)
select j.id, j.fund_id, j.value_date, x.account, x.pool, x.amount, 'USD', o.id, p.id from (
    select 'COMMITMENTS_CONTRA' as account, 'UNEARMARKED' as pool, cast(54080.00 as numeric(19, 4)) as amount, cast(null as varchar(20)) as acronym, 0 as seq
    union all select 'COMMITMENTS', 'UNEARMARKED', -54080.00, cast(null as varchar(20)), 1
) x join mobilisation.journal j on j.idempotency_key = 'demo-release-P2' join programming.joint_programme p on p.title = 'Migrant-inclusive local services in Morocco' and p.fund_id = j.fund_id
left join governance.organisation o on o.acronym = x.acronym order by x.seq;

-- The approved budget revision of the Eastern Route programme: the budget before and after it.
insert into programming.programme_revision (programme_id, kind, status, justification, ends_on_before, ends_on_after, decision_id,
    requested_by, requested_at, decided_by, decided_at)
select p.id, 'BUDGET', 'APPROVED', 'Arrivals on the route doubled in 2025: IOM and UNICEF need more for search and rescue, emergency shelter and child protection run by local partners (category 6), with the indirect costs that go with it.',
    date '2027-12-31', date '2027-12-31', d.id, 'fmu', timestamp '2025-09-02 11:20:00', 'fmu', timestamp '2025-09-24 16:20:00'
from programming.joint_programme p, governance.decision d where p.title = 'Countering trafficking and smuggling along the Eastern Route' and d.reference = 'MIG-SC-2025-005';
insert into programming.revision_line (revision_id, side, organisation_id, category_code, amount)
select r.id, x.side, o.id, x.category_code, x.amount from (
    select 'BEFORE' as side, 'UNODC' as acronym, '1' as category_code, cast(380000.00 as numeric(19, 4)) as amount
    union all select 'BEFORE', 'UNODC', '2', 20000.00
    union all select 'BEFORE', 'UNODC', '4', 200000.00
    union all select 'BEFORE', 'UNODC', '5', 60000.00
    union all select 'BEFORE', 'UNODC', '6', 100000.00
    union all select 'BEFORE', 'UNODC', '7', 30000.00
    union all select 'BEFORE', 'UNODC', 'ISC', 55300.00
    union all select 'BEFORE', 'IOM', '1', 300000.00
    union all select 'BEFORE', 'IOM', '2', 60000.00
    union all select 'BEFORE', 'IOM', '4', 150000.00
    union all select 'BEFORE', 'IOM', '5', 40000.00
    union all select 'BEFORE', 'IOM', '6', 120000.00
    union all select 'BEFORE', 'IOM', '7', 20000.00
    union all select 'BEFORE', 'IOM', 'ISC', 48300.00
    union all select 'BEFORE', 'UNICEF', '1', 180000.00
    union all select 'BEFORE', 'UNICEF', '2', 60000.00
    union all select 'BEFORE', 'UNICEF', '6', 120000.00
    union all select 'BEFORE', 'UNICEF', '7', 20000.00
    union all select 'BEFORE', 'UNICEF', 'ISC', 26600.00
    union all select 'AFTER', 'UNODC', '1', 380000.00
    union all select 'AFTER', 'UNODC', '2', 20000.00
    union all select 'AFTER', 'UNODC', '4', 200000.00
    union all select 'AFTER', 'UNODC', '5', 60000.00
    union all select 'AFTER', 'UNODC', '6', 100000.00
    union all select 'AFTER', 'UNODC', '7', 30000.00
    union all select 'AFTER', 'UNODC', 'ISC', 55300.00
    union all select 'AFTER', 'IOM', '1', 300000.00
    union all select 'AFTER', 'IOM', '2', 60000.00
    union all select 'AFTER', 'IOM', '4', 150000.00
    union all select 'AFTER', 'IOM', '5', 40000.00
    union all select 'AFTER', 'IOM', '6', 240000.00
    union all select 'AFTER', 'IOM', '7', 20000.00
    union all select 'AFTER', 'IOM', 'ISC', 56700.00
    union all select 'AFTER', 'UNICEF', '1', 180000.00
    union all select 'AFTER', 'UNICEF', '2', 60000.00
    union all select 'AFTER', 'UNICEF', '6', 200000.00
    union all select 'AFTER', 'UNICEF', '7', 20000.00
    union all select 'AFTER', 'UNICEF', 'ISC', 32200.00
) x join governance.organisation o on o.acronym = x.acronym
join programming.programme_revision r on r.decision_id = (select id from governance.decision where reference = 'MIG-SC-2025-005');

-- Final expenditure certified by the organisations (all of Morocco's, ILO's for Bangladesh).
insert into programming.final_expenditure (programme_id, organisation_id, amount)
select p.id, o.id, x.amount from (
    select 'Migrant-inclusive local services in Morocco' as title, 'IOM' as acronym, cast(528415.37 as numeric(19, 4)) as amount
    union all select 'Migrant-inclusive local services in Morocco', 'UNDP', 331120.00
    union all select 'Migrant-inclusive local services in Morocco', 'UNICEF', 270962.15
    union all select 'Fair recruitment and decent work for migrant workers from Bangladesh', 'ILO', 936112.40
) x join programming.joint_programme p on p.title = x.title join governance.organisation o on o.acronym = x.acronym;
