-- Demo records for the embedded demo (mptf.demo-data=true): the demo focal points' organisations and a living
-- Steering Committee of the Migration MPTF. People are fictional.

insert into governance.focal_point (organisation_id, user_name, full_name, email, active)
select id, 'iom', 'Ines Okafor', 'iom.focal.point@example.org', true from governance.organisation where acronym = 'IOM';
insert into governance.focal_point (organisation_id, user_name, full_name, email, active)
select id, 'unicef', 'Samuel Lindqvist', 'unicef.focal.point@example.org', true from governance.organisation where acronym = 'UNICEF';

insert into governance.committee_member (fund_id, full_name, constituency, seat, term_start, term_end, chair, user_name)
select f.id, m.full_name, m.constituency, m.seat, m.term_start, m.term_end, m.chair, m.user_name
from governance.fund f cross join (
    select 'Elena Marković' as full_name, 'UN_ORGANISATION' as constituency, 'IOM (Director General, Chair)' as seat,
           date '2019-07-01' as term_start, cast(null as date) as term_end, true as chair, 'chair' as user_name
    union all select 'Tomás Herrera', 'UN_ORGANISATION', 'ILO', date '2021-01-01', cast(null as date), false, cast(null as varchar(100))
    union all select 'Aisha Bello', 'UN_ORGANISATION', 'UNICEF', date '2022-01-01', cast(null as date), false, cast(null as varchar(100))
    union all select 'Lukas Brandt', 'CONTRIBUTING_STATE', 'Germany', date '2020-01-01', date '2027-12-31', false, cast(null as varchar(100))
    union all select 'Mei Tanaka', 'CONTRIBUTING_STATE', 'Japan', date '2023-01-01', date '2026-12-31', false, cast(null as varchar(100))
    union all select 'Carlos Mendoza', 'NON_CONTRIBUTING_STATE', 'Mexico', date '2022-07-01', date '2027-06-30', false, cast(null as varchar(100))
    union all select 'Fatou Diop', 'NON_CONTRIBUTING_STATE', 'Senegal', date '2024-01-01', date '2027-12-31', false, cast(null as varchar(100))
    union all select 'Rahul Iyer', 'CIVIL_SOCIETY', 'Civil society: migrant rights networks', date '2021-01-01', date '2027-12-31', false, cast(null as varchar(100))
    union all select 'Grace Otieno', 'CIVIL_SOCIETY', 'Civil society: diaspora organisations', date '2019-07-01', date '2023-12-31', false, cast(null as varchar(100))
) m where f.code = 'MIG';

insert into governance.meeting (fund_id, meets_on, title, location, status)
select id, date '2025-03-12', 'First meeting of 2025', 'Geneva and online', 'MINUTES_APPROVED' from governance.fund where code = 'MIG';
insert into governance.meeting (fund_id, meets_on, title, location, status)
select id, date '2026-06-18', 'Mid-year meeting 2026', 'New York', 'HELD' from governance.fund where code = 'MIG';
insert into governance.meeting (fund_id, meets_on, title, location, status)
select id, date '2027-02-10', 'First meeting of 2027', 'Geneva', 'SCHEDULED' from governance.fund where code = 'MIG';

insert into governance.meeting_agenda_item (meeting_id, position, item)
select m.id, a.position, a.item from governance.meeting m join (
    select date '2025-03-12' as meets_on, 0 as position, 'Adoption of the agenda' as item
    union all select date '2025-03-12', 1, 'Allocation strategy 2025-2026'
    union all select date '2025-03-12', 2, 'Endorsement of concept notes into the pipeline'
    union all select date '2026-06-18', 0, 'Adoption of the agenda'
    union all select date '2026-06-18', 1, 'Funding status and resource mobilisation'
    union all select date '2026-06-18', 2, 'Allocation to the first pipeline programme'
    union all select date '2027-02-10', 0, 'Adoption of the agenda'
    union all select date '2027-02-10', 1, 'Annual progress report of the fund'
    union all select date '2027-02-10', 2, 'Review of the pipeline'
) a on a.meets_on = m.meets_on;

-- Attendance: on 12 March 2025, 7 of the 8 members then serving; on 18 June 2026, 6 of 8.
insert into governance.meeting_attendance (meeting_id, member_id)
select mt.id, cm.id from governance.meeting mt join governance.committee_member cm on cm.fund_id = mt.fund_id
where mt.meets_on = date '2025-03-12'
  and cm.full_name in ('Elena Marković', 'Tomás Herrera', 'Aisha Bello', 'Lukas Brandt', 'Mei Tanaka', 'Carlos Mendoza', 'Rahul Iyer');
insert into governance.meeting_attendance (meeting_id, member_id)
select mt.id, cm.id from governance.meeting mt join governance.committee_member cm on cm.fund_id = mt.fund_id
where mt.meets_on = date '2026-06-18'
  and cm.full_name in ('Elena Marković', 'Aisha Bello', 'Lukas Brandt', 'Carlos Mendoza', 'Fatou Diop', 'Rahul Iyer');

insert into governance.decision (fund_id, meeting_id, reference, decision_type, title, text, effective_on, amount, currency)
select m.fund_id, m.id, d.reference, d.decision_type, d.title, d.text, d.effective_on, d.amount, d.currency
from governance.meeting m join (
    select date '2025-03-12' as meets_on, 'MIG-SC-2025-001' as reference, 'ALLOCATION_STRATEGY' as decision_type,
           'Allocation strategy 2025-2026' as title,
           'The Steering Committee adopts the allocation strategy for 2025-2026: priority to national joint programmes in all five thematic areas, with at least 30% of allocations to regular pathways and decent work.' as text,
           date '2025-03-12' as effective_on, cast(null as numeric(19, 4)) as amount, cast(null as char(3)) as currency
    union all select date '2025-03-12', 'MIG-SC-2025-002', 'ENDORSE_PIPELINE', 'Endorsement of two concept notes into the pipeline',
           'The Steering Committee endorses concept notes 1 and 2 into the pipeline, ranked in that order, to be invited to full programme documents when funds are available.',
           date '2025-03-12', cast(null as numeric(19, 4)), cast(null as char(3))
    union all select date '2026-06-18', 'MIG-SC-2026-001', 'APPROVE_ALLOCATION', 'Allocation to joint programme 1',
           'The Steering Committee approves an allocation of USD 2,500,000 to joint programme 1, subject to the availability of funds in its thematic area.',
           date '2026-06-18', cast(2500000 as numeric(19, 4)), 'USD'
    union all select date '2026-06-18', 'MIG-SC-2026-002', 'OTHER', 'Resource mobilisation outreach',
           'The Steering Committee asks the Fund Management Unit to present a resource mobilisation plan at its next meeting.',
           date '2026-06-18', cast(null as numeric(19, 4)), cast(null as char(3))
) d on d.meets_on = m.meets_on;

insert into governance.decision_subject (decision_id, record_type, record_id)
select d.id, s.record_type, s.record_id from governance.decision d join (
    select 'MIG-SC-2025-002' as reference, 'CONCEPT_NOTE' as record_type, 1 as record_id
    union all select 'MIG-SC-2025-002', 'CONCEPT_NOTE', 2
    union all select 'MIG-SC-2026-001', 'JOINT_PROGRAMME', 1
) s on s.reference = d.reference;
