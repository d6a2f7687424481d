-- Demo monitoring of the Migration MPTF (mptf.demo-data=true): results frameworks of the programmes that have been
-- approved and run, progress reports with narrative and actual values, and yearly expenditure reports per organisation.
-- Accepted expenditure is booked exactly as ProgrammeReportingService / FundMoneyService.recordExpenditure book it:
-- one EXPENDITURE journal per report (value date the end of the report year, or the day accepted if earlier), per
-- pool EXPENDITURE_REPORTED against EXPENDITURE_CONTRA, drawn from what the organisation holds of the programme's
-- money and has not reported spent, pools in Drawdown.release order (earmarked first, UNEARMARKED last). No report
-- claims more than the organisation holds; the Morocco programme's reports add up to its certified final
-- expenditure, so its balance with organisations is 0. Records are found by natural keys, never by id.
-- Generated (with V3's ledger simulation); as of 2026-11-29 the reporting calendar shows:
--   progress: Morocco 2025 and 2026 accepted; Bangladesh 2025 returned (overdue), 2026 submitted; Eastern Route
--     2025 accepted, 2026 due; Central America 2025 missing (overdue), 2026 due; Alternatives to detention 2026 due.
--   expenditure: Morocco all accepted (last reports 2026); Bangladesh ILO 2025+2026 accepted, IOM 2025 accepted,
--     IOM 2026 (last) submitted; Eastern Route 2025 UNODC and IOM accepted, UNICEF missing (overdue); Central
--     America 2025 UNICEF accepted, IOM returned (overdue), UNHCR missing (overdue); all 2026 reports otherwise due.
-- transferred 6399330.00; refunded 13822.48; expenditure booked 3547950.47; balance with organisations 2837557.05; delivery rate 55.4%
--   P2 IOM    transferred    535000.00 refunded    6584.63 spent    528415.37 holds         0.00
--   P2 UNDP   transferred    331120.00 refunded       0.00 spent    331120.00 holds         0.00
--   P2 UNICEF transferred    278200.00 refunded    7237.85 spent    270962.15 holds         0.00
--   P3 ILO    transferred    941600.00 refunded       0.00 spent    936112.40 holds      5487.60
--   P3 IOM    transferred    658050.00 refunded       0.00 spent    421907.35 holds    236142.65
--   P4 IOM    transferred    642000.00 refunded       0.00 spent    389240.15 holds    252759.85
--   P4 UNODC  transferred    676240.00 refunded       0.00 spent    455812.60 holds    220427.40
--   P5 UNICEF transferred    321000.00 refunded       0.00 spent    214380.45 holds    106619.55

-- Results frameworks: outcomes, their outputs, and indicators with baselines, targets, disaggregations, GCM
-- objectives and SDG indicators.
insert into monitoring.result (programme_id, parent_id, result_level, code, statement, sort_order)
select p.id, cast(null as bigint), 'OUTCOME', x.code, x.statement, x.sort_order from (
    select 'Alternatives to immigration detention for children and families' as title, 'OC1' as code, 'Governments of the participating countries use community-based alternatives to immigration detention for children and families.' as statement, 0 as sort_order
    union all select 'Alternatives to immigration detention for children and families', 'OC2', 'Countries learn from each other how to end child immigration detention.', 1
    union all select 'Migrant-inclusive local services in Morocco', 'OC1', 'Migrants in the Rabat-Salé-Kénitra and Oriental regions use municipal health, education and civil registration services on equal terms.', 0
    union all select 'Migrant-inclusive local services in Morocco', 'OC2', 'Municipalities plan for social cohesion with their migrant communities.', 1
    union all select 'Fair recruitment and decent work for migrant workers from Bangladesh', 'OC1', 'Workers migrating from Bangladesh are recruited fairly and pay less to get a job abroad.', 0
    union all select 'Countering trafficking and smuggling along the Eastern Route', 'OC1', 'Trafficking and smuggling networks on the Eastern Route are investigated and prosecuted across borders.', 0
    union all select 'Countering trafficking and smuggling along the Eastern Route', 'OC2', 'Victims of trafficking and children on the move are identified, protected and referred to care.', 1
    union all select 'Protection of children on the move in Central America and Mexico', 'OC1', 'Children on the move in Guatemala, Honduras, El Salvador and Mexico are protected by child protection systems that work across borders.', 0
    union all select 'Skills mobility partnerships for workers from the Philippines', 'OC1', 'Filipino health and construction workers migrate through skills partnerships and return with recognised qualifications.', 0
) x join programming.joint_programme p on p.title = x.title;
insert into monitoring.result (programme_id, parent_id, result_level, code, statement, sort_order)
select p.id, r.id, 'OUTPUT', x.code, x.statement, x.sort_order from (
    select 'Alternatives to immigration detention for children and families' as title, 'OC1' as parent_code, 'OP1.1' as code, 'Case management programmes are set up with national authorities and civil society as an alternative to detention.' as statement, 0 as sort_order
    union all select 'Alternatives to immigration detention for children and families', 'OC1', 'OP1.2', 'Unaccompanied and separated children get a guardian and legal aid.', 1
    union all select 'Alternatives to immigration detention for children and families', 'OC2', 'OP2.1', 'Officials are trained and practice notes are published.', 0
    union all select 'Migrant-inclusive local services in Morocco', 'OC1', 'OP1.1', 'One-stop help desks for migrants open in the municipalities.', 0
    union all select 'Migrant-inclusive local services in Morocco', 'OC1', 'OP1.2', 'Front-line municipal staff are trained on migrants'' rights and access to services.', 1
    union all select 'Fair recruitment and decent work for migrant workers from Bangladesh', 'OC1', 'OP1.1', 'Recruitment agencies are regulated and monitored, and workers abroad can complain.', 0
    union all select 'Fair recruitment and decent work for migrant workers from Bangladesh', 'OC1', 'OP1.2', 'Prospective migrant workers are trained in skills demanded abroad.', 1
    union all select 'Countering trafficking and smuggling along the Eastern Route', 'OC1', 'OP1.1', 'Investigators, prosecutors and judges of the four countries are trained and cooperate.', 0
    union all select 'Countering trafficking and smuggling along the Eastern Route', 'OC2', 'OP2.1', 'Local partners run search and rescue, emergency shelter and child protection services on the route.', 0
    union all select 'Protection of children on the move in Central America and Mexico', 'OC1', 'OP1.1', 'The four child protection authorities agree on cross-border case management.', 0
    union all select 'Protection of children on the move in Central America and Mexico', 'OC1', 'OP1.2', 'Shelters meet minimum standards and their staff are trained.', 1
    union all select 'Skills mobility partnerships for workers from the Philippines', 'OC1', 'OP1.1', 'Training to standards shared with the destination countries.', 0
) x join programming.joint_programme p on p.title = x.title join monitoring.result r on r.programme_id = p.id and r.code = x.parent_code;
insert into monitoring.indicator (programme_id, result_id, code, title, unit, measure, baseline_value, baseline_text,
    baseline_year, target_value, target_text, sort_order)
select p.id, r.id, x.code, x.ind_title, x.unit, x.measure, x.baseline_value, x.baseline_text, x.baseline_year, x.target_value,
    x.target_text, x.sort_order from (
    select 'Alternatives to immigration detention for children and families' as title, 'OC1' as result_code, 'OC1.1' as code, 'Number of children held in immigration detention in the participating countries on 31 December' as ind_title, 'children' as unit, 'NUMBER' as measure, cast(1240 as numeric(19, 4)) as baseline_value, cast(null as varchar(1000)) as baseline_text, 2025 as baseline_year, cast(300 as numeric(19, 4)) as target_value, cast(null as varchar(1000)) as target_text, 0 as sort_order
    union all select 'Alternatives to immigration detention for children and families', 'OC1', 'OC1.2', 'Number of participating countries whose law or policy ends the detention of children for migration reasons', 'countries', 'NUMBER', 1, cast(null as varchar(1000)), 2025, 5, cast(null as varchar(1000)), 1
    union all select 'Alternatives to immigration detention for children and families', 'OP1.1', 'OP1.1.1', 'Number of children and family members supported through case management', 'persons', 'NUMBER', 0, cast(null as varchar(1000)), 2025, 4000, cast(null as varchar(1000)), 0
    union all select 'Alternatives to immigration detention for children and families', 'OP1.1', 'OP1.1.2', 'Proportion of case-managed families who remain engaged with their immigration procedure', '% of families', 'PERCENTAGE', cast(null as numeric(19, 4)), cast(null as varchar(1000)), cast(null as integer), 85, cast(null as varchar(1000)), 1
    union all select 'Alternatives to immigration detention for children and families', 'OP1.2', 'OP1.2.1', 'Number of unaccompanied and separated children assigned a qualified guardian', 'children', 'NUMBER', 150, cast(null as varchar(1000)), 2025, 1200, cast(null as varchar(1000)), 0
    union all select 'Alternatives to immigration detention for children and families', 'OC2', 'OC2.1', 'Peer learning between countries on alternatives to detention', 'description', 'QUALITATIVE', cast(null as numeric(19, 4)), 'No structured exchange between countries on alternatives to detention', 2025, cast(null as numeric(19, 4)), 'A peer learning network of at least 8 countries meets every year and publishes practice notes', 0
    union all select 'Alternatives to immigration detention for children and families', 'OP2.1', 'OP2.1.1', 'Number of government officials trained on alternatives to detention', 'officials', 'NUMBER', 0, cast(null as varchar(1000)), 2025, 600, cast(null as varchar(1000)), 0
    union all select 'Alternatives to immigration detention for children and families', 'OP2.1', 'OP2.1.2', 'Number of practice notes published by the peer learning network', 'notes', 'NUMBER', 0, cast(null as varchar(1000)), 2025, 6, cast(null as varchar(1000)), 1
    union all select 'Migrant-inclusive local services in Morocco', 'OC1', 'OC1.1', 'Number of migrants who used municipal services through the one-stop help desks', 'persons', 'NUMBER', 0, cast(null as varchar(1000)), 2024, 12000, cast(null as varchar(1000)), 0
    union all select 'Migrant-inclusive local services in Morocco', 'OC1', 'OC1.2', 'Proportion of migrant children of school age enrolled in public schools in the target municipalities', '% of children', 'PERCENTAGE', 41, cast(null as varchar(1000)), 2024, 70, cast(null as varchar(1000)), 1
    union all select 'Migrant-inclusive local services in Morocco', 'OP1.1', 'OP1.1.1', 'Number of municipalities with a functioning one-stop help desk for migrants', 'municipalities', 'NUMBER', 0, cast(null as varchar(1000)), 2024, 8, cast(null as varchar(1000)), 0
    union all select 'Migrant-inclusive local services in Morocco', 'OP1.1', 'OP1.1.2', 'Number of births of migrant children registered with the help of the desks', 'registrations', 'NUMBER', 0, cast(null as varchar(1000)), 2024, 1500, cast(null as varchar(1000)), 1
    union all select 'Migrant-inclusive local services in Morocco', 'OP1.2', 'OP1.2.1', 'Number of front-line municipal staff trained', 'staff', 'NUMBER', 0, cast(null as varchar(1000)), 2024, 900, cast(null as varchar(1000)), 0
    union all select 'Migrant-inclusive local services in Morocco', 'OC2', 'OC2.1', 'Migrants in municipal action plans', 'description', 'QUALITATIVE', cast(null as numeric(19, 4)), 'No municipal action plan in the two regions mentions migrants', 2024, cast(null as numeric(19, 4)), 'All 8 municipalities adopt an action plan with measures for migrants and a budget for them', 0
    union all select 'Fair recruitment and decent work for migrant workers from Bangladesh', 'OC1', 'OC1.1', 'Recruitment cost borne by workers as a proportion of their monthly income in the country of destination', '% of monthly income', 'PERCENTAGE', 92, cast(null as varchar(1000)), 2024, 60, cast(null as varchar(1000)), 0
    union all select 'Fair recruitment and decent work for migrant workers from Bangladesh', 'OC1', 'OC1.2', 'Number of licensed recruitment agencies certified under the fair recruitment code of conduct', 'agencies', 'NUMBER', 0, cast(null as varchar(1000)), 2024, 120, cast(null as varchar(1000)), 1
    union all select 'Fair recruitment and decent work for migrant workers from Bangladesh', 'OP1.1', 'OP1.1.1', 'Number of complaints of migrant workers resolved through the complaints mechanism', 'complaints', 'NUMBER', 0, cast(null as varchar(1000)), 2024, 1500, cast(null as varchar(1000)), 0
    union all select 'Fair recruitment and decent work for migrant workers from Bangladesh', 'OP1.1', 'OP1.1.2', 'Revision of the overseas employment and recruitment rules', 'description', 'QUALITATIVE', cast(null as numeric(19, 4)), 'The 2017 rules set fee ceilings that are not enforced', 2024, cast(null as numeric(19, 4)), 'Revised rules with a zero-fee policy for workers adopted by the Ministry of Expatriates'' Welfare', 1
    union all select 'Fair recruitment and decent work for migrant workers from Bangladesh', 'OP1.2', 'OP1.2.1', 'Number of prospective migrant workers certified in skills demanded in destination countries', 'workers', 'NUMBER', 0, cast(null as varchar(1000)), 2024, 5000, cast(null as varchar(1000)), 0
    union all select 'Fair recruitment and decent work for migrant workers from Bangladesh', 'OP1.2', 'OP1.2.2', 'Proportion of certified workers placed in a job abroad within six months', '% of certified workers', 'PERCENTAGE', cast(null as numeric(19, 4)), cast(null as varchar(1000)), cast(null as integer), 60, cast(null as varchar(1000)), 1
    union all select 'Countering trafficking and smuggling along the Eastern Route', 'OC1', 'OC1.1', 'Number of trafficking and smuggling cases investigated jointly by two or more countries of the route', 'cases', 'NUMBER', 3, cast(null as varchar(1000)), 2024, 40, cast(null as varchar(1000)), 0
    union all select 'Countering trafficking and smuggling along the Eastern Route', 'OP1.1', 'OP1.1.1', 'Number of criminal justice officials trained on investigating trafficking and smuggling', 'officials', 'NUMBER', 0, cast(null as varchar(1000)), 2024, 800, cast(null as varchar(1000)), 0
    union all select 'Countering trafficking and smuggling along the Eastern Route', 'OP1.1', 'OP1.1.2', 'Regional cooperation on evidence and mutual legal assistance', 'description', 'QUALITATIVE', cast(null as numeric(19, 4)), 'No agreement between Djibouti, Ethiopia, Somalia and Yemen on sharing evidence', 2024, cast(null as numeric(19, 4)), 'A regional memorandum on mutual legal assistance in trafficking cases signed and in use', 1
    union all select 'Countering trafficking and smuggling along the Eastern Route', 'OC2', 'OC2.1', 'Number of victims of trafficking identified and referred to assistance', 'persons', 'NUMBER', 210, cast(null as varchar(1000)), 2024, 2500, cast(null as varchar(1000)), 0
    union all select 'Countering trafficking and smuggling along the Eastern Route', 'OC2', 'OC2.2', 'Proportion of unaccompanied children identified who were placed in family-based or safe alternative care', '% of children', 'PERCENTAGE', 35, cast(null as varchar(1000)), 2024, 80, cast(null as varchar(1000)), 1
    union all select 'Countering trafficking and smuggling along the Eastern Route', 'OP2.1', 'OP2.1.1', 'Number of migrants assisted by search and rescue and emergency shelter services', 'persons', 'NUMBER', 0, cast(null as varchar(1000)), 2024, 12000, cast(null as varchar(1000)), 0
    union all select 'Countering trafficking and smuggling along the Eastern Route', 'OP2.1', 'OP2.1.2', 'Number of border points with a child protection desk', 'border points', 'NUMBER', 1, cast(null as varchar(1000)), 2024, 9, cast(null as varchar(1000)), 1
    union all select 'Protection of children on the move in Central America and Mexico', 'OC1', 'OC1.1', 'Number of children on the move whose best interests were determined before a decision on their return or stay', 'children', 'NUMBER', 620, cast(null as varchar(1000)), 2024, 5000, cast(null as varchar(1000)), 0
    union all select 'Protection of children on the move in Central America and Mexico', 'OC1', 'OC1.2', 'Proportion of returned children reunited with their families and followed up for six months', '% of returned children', 'PERCENTAGE', 38, cast(null as varchar(1000)), 2024, 75, cast(null as varchar(1000)), 1
    union all select 'Protection of children on the move in Central America and Mexico', 'OP1.1', 'OP1.1.1', 'Regional protocol for cross-border case management of children', 'description', 'QUALITATIVE', cast(null as numeric(19, 4)), 'Bilateral arrangements only, not applied at the borders', 2024, cast(null as numeric(19, 4)), 'A protocol agreed by the four child protection authorities and applied at 6 border points', 0
    union all select 'Protection of children on the move in Central America and Mexico', 'OP1.2', 'OP1.2.1', 'Number of children hosted in shelters that meet minimum standards', 'children', 'NUMBER', 0, cast(null as varchar(1000)), 2024, 3000, cast(null as varchar(1000)), 0
    union all select 'Protection of children on the move in Central America and Mexico', 'OP1.2', 'OP1.2.2', 'Number of shelter and border staff trained on child-sensitive procedures', 'staff', 'NUMBER', 0, cast(null as varchar(1000)), 2024, 700, cast(null as varchar(1000)), 1
    union all select 'Skills mobility partnerships for workers from the Philippines', 'OC1', 'OC1.1', 'Number of workers deployed through the skills mobility partnerships', 'workers', 'NUMBER', 0, cast(null as varchar(1000)), 2026, 1800, cast(null as varchar(1000)), 0
    union all select 'Skills mobility partnerships for workers from the Philippines', 'OC1', 'OC1.2', 'Recruitment cost borne by workers deployed through the partnerships as a proportion of their monthly income abroad', '% of monthly income', 'PERCENTAGE', 48, cast(null as varchar(1000)), 2026, 0, cast(null as varchar(1000)), 1
    union all select 'Skills mobility partnerships for workers from the Philippines', 'OP1.1', 'OP1.1.1', 'Number of trainees certified to the shared standards', 'trainees', 'NUMBER', 0, cast(null as varchar(1000)), 2026, 2400, cast(null as varchar(1000)), 0
    union all select 'Skills mobility partnerships for workers from the Philippines', 'OP1.1', 'OP1.1.2', 'Portability of social security entitlements', 'description', 'QUALITATIVE', cast(null as numeric(19, 4)), 'No social security agreement with the two destination countries', 2026, cast(null as numeric(19, 4)), 'Social security agreements negotiated with both destination countries', 1
) x join programming.joint_programme p on p.title = x.title join monitoring.result r on r.programme_id = p.id and r.code = x.result_code;
insert into monitoring.indicator_disaggregation (indicator_id, dimension)
select i.id, x.dimension from (
    select 'Alternatives to immigration detention for children and families' as title, 'OC1.1' as code, 'SEX' as dimension
    union all select 'Alternatives to immigration detention for children and families', 'OP1.1.1', 'SEX'
    union all select 'Alternatives to immigration detention for children and families', 'OP1.1.1', 'AGE_GROUP'
    union all select 'Alternatives to immigration detention for children and families', 'OP1.1.1', 'MIGRATION_STATUS'
    union all select 'Alternatives to immigration detention for children and families', 'OP1.2.1', 'SEX'
    union all select 'Alternatives to immigration detention for children and families', 'OP2.1.1', 'SEX'
    union all select 'Migrant-inclusive local services in Morocco', 'OC1.1', 'SEX'
    union all select 'Migrant-inclusive local services in Morocco', 'OC1.1', 'AGE_GROUP'
    union all select 'Migrant-inclusive local services in Morocco', 'OC1.2', 'SEX'
    union all select 'Migrant-inclusive local services in Morocco', 'OP1.1.2', 'SEX'
    union all select 'Migrant-inclusive local services in Morocco', 'OP1.2.1', 'SEX'
    union all select 'Fair recruitment and decent work for migrant workers from Bangladesh', 'OC1.1', 'SEX'
    union all select 'Fair recruitment and decent work for migrant workers from Bangladesh', 'OP1.1.1', 'SEX'
    union all select 'Fair recruitment and decent work for migrant workers from Bangladesh', 'OP1.2.1', 'SEX'
    union all select 'Fair recruitment and decent work for migrant workers from Bangladesh', 'OP1.2.2', 'SEX'
    union all select 'Countering trafficking and smuggling along the Eastern Route', 'OP1.1.1', 'SEX'
    union all select 'Countering trafficking and smuggling along the Eastern Route', 'OC2.1', 'SEX'
    union all select 'Countering trafficking and smuggling along the Eastern Route', 'OC2.1', 'AGE_GROUP'
    union all select 'Countering trafficking and smuggling along the Eastern Route', 'OC2.2', 'SEX'
    union all select 'Countering trafficking and smuggling along the Eastern Route', 'OP2.1.1', 'SEX'
    union all select 'Countering trafficking and smuggling along the Eastern Route', 'OP2.1.1', 'AGE_GROUP'
    union all select 'Countering trafficking and smuggling along the Eastern Route', 'OP2.1.1', 'MIGRATION_STATUS'
    union all select 'Protection of children on the move in Central America and Mexico', 'OC1.1', 'SEX'
    union all select 'Protection of children on the move in Central America and Mexico', 'OC1.1', 'MIGRATION_STATUS'
    union all select 'Protection of children on the move in Central America and Mexico', 'OC1.2', 'SEX'
    union all select 'Protection of children on the move in Central America and Mexico', 'OP1.2.1', 'SEX'
    union all select 'Protection of children on the move in Central America and Mexico', 'OP1.2.1', 'MIGRATION_STATUS'
    union all select 'Protection of children on the move in Central America and Mexico', 'OP1.2.2', 'SEX'
    union all select 'Skills mobility partnerships for workers from the Philippines', 'OC1.1', 'SEX'
    union all select 'Skills mobility partnerships for workers from the Philippines', 'OP1.1.1', 'SEX'
) x join programming.joint_programme p on p.title = x.title join monitoring.indicator i on i.programme_id = p.id and i.code = x.code;
insert into monitoring.indicator_objective (indicator_id, objective_id)
select i.id, x.objective_id from (
    select 'Alternatives to immigration detention for children and families' as title, 'OC1.1' as code, 13 as objective_id
    union all select 'Alternatives to immigration detention for children and families', 'OC1.2', 13
    union all select 'Alternatives to immigration detention for children and families', 'OP1.1.1', 7
    union all select 'Alternatives to immigration detention for children and families', 'OP1.1.1', 13
    union all select 'Alternatives to immigration detention for children and families', 'OP1.1.2', 13
    union all select 'Alternatives to immigration detention for children and families', 'OP1.2.1', 7
    union all select 'Alternatives to immigration detention for children and families', 'OP1.2.1', 13
    union all select 'Alternatives to immigration detention for children and families', 'OC2.1', 13
    union all select 'Alternatives to immigration detention for children and families', 'OC2.1', 23
    union all select 'Alternatives to immigration detention for children and families', 'OP2.1.1', 13
    union all select 'Alternatives to immigration detention for children and families', 'OP2.1.2', 23
    union all select 'Migrant-inclusive local services in Morocco', 'OC1.1', 15
    union all select 'Migrant-inclusive local services in Morocco', 'OC1.2', 15
    union all select 'Migrant-inclusive local services in Morocco', 'OC1.2', 16
    union all select 'Migrant-inclusive local services in Morocco', 'OP1.1.1', 15
    union all select 'Migrant-inclusive local services in Morocco', 'OP1.1.1', 16
    union all select 'Migrant-inclusive local services in Morocco', 'OP1.1.2', 4
    union all select 'Migrant-inclusive local services in Morocco', 'OP1.2.1', 15
    union all select 'Migrant-inclusive local services in Morocco', 'OC2.1', 16
    union all select 'Fair recruitment and decent work for migrant workers from Bangladesh', 'OC1.1', 6
    union all select 'Fair recruitment and decent work for migrant workers from Bangladesh', 'OC1.2', 6
    union all select 'Fair recruitment and decent work for migrant workers from Bangladesh', 'OP1.1.1', 6
    union all select 'Fair recruitment and decent work for migrant workers from Bangladesh', 'OP1.1.2', 6
    union all select 'Fair recruitment and decent work for migrant workers from Bangladesh', 'OP1.2.1', 18
    union all select 'Fair recruitment and decent work for migrant workers from Bangladesh', 'OP1.2.2', 6
    union all select 'Fair recruitment and decent work for migrant workers from Bangladesh', 'OP1.2.2', 18
    union all select 'Countering trafficking and smuggling along the Eastern Route', 'OC1.1', 9
    union all select 'Countering trafficking and smuggling along the Eastern Route', 'OC1.1', 10
    union all select 'Countering trafficking and smuggling along the Eastern Route', 'OP1.1.1', 9
    union all select 'Countering trafficking and smuggling along the Eastern Route', 'OP1.1.1', 10
    union all select 'Countering trafficking and smuggling along the Eastern Route', 'OP1.1.2', 9
    union all select 'Countering trafficking and smuggling along the Eastern Route', 'OP1.1.2', 10
    union all select 'Countering trafficking and smuggling along the Eastern Route', 'OP1.1.2', 23
    union all select 'Countering trafficking and smuggling along the Eastern Route', 'OC2.1', 10
    union all select 'Countering trafficking and smuggling along the Eastern Route', 'OC2.2', 7
    union all select 'Countering trafficking and smuggling along the Eastern Route', 'OC2.2', 10
    union all select 'Countering trafficking and smuggling along the Eastern Route', 'OP2.1.1', 8
    union all select 'Countering trafficking and smuggling along the Eastern Route', 'OP2.1.2', 11
    union all select 'Protection of children on the move in Central America and Mexico', 'OC1.1', 7
    union all select 'Protection of children on the move in Central America and Mexico', 'OC1.1', 12
    union all select 'Protection of children on the move in Central America and Mexico', 'OC1.2', 7
    union all select 'Protection of children on the move in Central America and Mexico', 'OP1.1.1', 12
    union all select 'Protection of children on the move in Central America and Mexico', 'OP1.1.1', 23
    union all select 'Protection of children on the move in Central America and Mexico', 'OP1.2.1', 7
    union all select 'Protection of children on the move in Central America and Mexico', 'OP1.2.2', 12
    union all select 'Skills mobility partnerships for workers from the Philippines', 'OC1.1', 5
    union all select 'Skills mobility partnerships for workers from the Philippines', 'OC1.1', 18
    union all select 'Skills mobility partnerships for workers from the Philippines', 'OC1.2', 6
    union all select 'Skills mobility partnerships for workers from the Philippines', 'OP1.1.1', 18
    union all select 'Skills mobility partnerships for workers from the Philippines', 'OP1.1.2', 22
) x join programming.joint_programme p on p.title = x.title join monitoring.indicator i on i.programme_id = p.id and i.code = x.code;
insert into monitoring.indicator_sdg (indicator_id, sdg_code)
select i.id, x.sdg_code from (
    select 'Alternatives to immigration detention for children and families' as title, 'OC1.2' as code, '10.7.2' as sdg_code
    union all select 'Alternatives to immigration detention for children and families', 'OC2.1', '10.7.2'
    union all select 'Migrant-inclusive local services in Morocco', 'OC2.1', '10.7.2'
    union all select 'Fair recruitment and decent work for migrant workers from Bangladesh', 'OC1.1', '10.7.1'
    union all select 'Fair recruitment and decent work for migrant workers from Bangladesh', 'OP1.1.2', '10.7.2'
    union all select 'Countering trafficking and smuggling along the Eastern Route', 'OP1.1.2', '10.7.2'
    union all select 'Countering trafficking and smuggling along the Eastern Route', 'OP2.1.1', '10.7.3'
    union all select 'Protection of children on the move in Central America and Mexico', 'OP1.1.1', '10.7.2'
    union all select 'Skills mobility partnerships for workers from the Philippines', 'OC1.2', '10.7.1'
    union all select 'Skills mobility partnerships for workers from the Philippines', 'OP1.1.2', '10.7.2'
) x join programming.joint_programme p on p.title = x.title join monitoring.indicator i on i.programme_id = p.id and i.code = x.code;

-- Progress reports, submitted by the lead organisation's focal point and reviewed by the FMU.
insert into monitoring.progress_report (fund_id, programme_id, organisation_id, period, period_start, period_end, due_on,
    status, submitted_by, submitted_at, reviewed_by, reviewed_at, review_comment)
select p.fund_id, p.id, o.id, '2025', date '2025-01-01', date '2025-12-31', date '2026-03-31', 'ACCEPTED', 'iom', timestamp '2026-03-27 10:15:00', 'fmu', timestamp '2026-04-14 15:40:00', cast(null as varchar(4000))
from programming.joint_programme p, governance.organisation o where p.title = 'Migrant-inclusive local services in Morocco' and o.acronym = 'IOM';
insert into monitoring.progress_report (fund_id, programme_id, organisation_id, period, period_start, period_end, due_on,
    status, submitted_by, submitted_at, reviewed_by, reviewed_at, review_comment)
select p.fund_id, p.id, o.id, '2026', date '2026-01-01', date '2026-03-31', date '2027-03-31', 'ACCEPTED', 'iom', timestamp '2026-06-19 11:05:00', 'fmu', timestamp '2026-07-03 09:30:00', cast(null as varchar(4000))
from programming.joint_programme p, governance.organisation o where p.title = 'Migrant-inclusive local services in Morocco' and o.acronym = 'IOM';
insert into monitoring.progress_report (fund_id, programme_id, organisation_id, period, period_start, period_end, due_on,
    status, submitted_by, submitted_at, reviewed_by, reviewed_at, review_comment)
select p.fund_id, p.id, o.id, '2025', date '2025-01-01', date '2025-12-31', date '2026-03-31', 'RETURNED', 'ilo', timestamp '2026-10-20 16:45:00', 'fmu', timestamp '2026-11-12 10:20:00', 'Please give the actual values of OP1.1.1 and OP1.2.1 by sex, as the results framework declares, and explain why the recruitment cost (OC1.1) went up for women. Resubmit together with the final report.'
from programming.joint_programme p, governance.organisation o where p.title = 'Fair recruitment and decent work for migrant workers from Bangladesh' and o.acronym = 'ILO';
insert into monitoring.progress_report (fund_id, programme_id, organisation_id, period, period_start, period_end, due_on,
    status, submitted_by, submitted_at, reviewed_by, reviewed_at, review_comment)
select p.fund_id, p.id, o.id, '2026', date '2026-01-01', date '2026-06-30', date '2027-03-31', 'SUBMITTED', 'ilo', timestamp '2026-11-20 14:10:00', cast(null as varchar(100)), cast(null as timestamp), cast(null as varchar(4000))
from programming.joint_programme p, governance.organisation o where p.title = 'Fair recruitment and decent work for migrant workers from Bangladesh' and o.acronym = 'ILO';
insert into monitoring.progress_report (fund_id, programme_id, organisation_id, period, period_start, period_end, due_on,
    status, submitted_by, submitted_at, reviewed_by, reviewed_at, review_comment)
select p.fund_id, p.id, o.id, '2025', date '2025-01-01', date '2025-12-31', date '2026-03-31', 'ACCEPTED', 'unodc', timestamp '2026-03-30 17:20:00', 'fmu', timestamp '2026-04-22 11:00:00', cast(null as varchar(4000))
from programming.joint_programme p, governance.organisation o where p.title = 'Countering trafficking and smuggling along the Eastern Route' and o.acronym = 'UNODC';
insert into monitoring.progress_narrative (report_id, section, section_text)
select r.id, x.section_name, x.section_text from (
    select 'Migrant-inclusive local services in Morocco' as title, '2025' as report_period, 'SUMMARY' as section_name, 'In its first year the programme opened one-stop help desks for migrants in six of the eight municipalities of Rabat-Salé-Kénitra and the Oriental region. More than 8,400 migrants used municipal health, education and civil registration services through them, half of them women; school enrolment of migrant children rose from 41% to 58.5%.' as section_text
    union all select 'Migrant-inclusive local services in Morocco', '2025', 'RESULTS', 'Help desks opened in Rabat, Salé, Kénitra, Témara, Oujda and Nador; Berkane and Jerada follow in early 2026. 640 front-line staff (58% women) were trained on migrants'' rights and access to services. The desks helped register 910 births of migrant children. Five municipalities adopted action plans with measures for migrants.'
    union all select 'Migrant-inclusive local services in Morocco', '2025', 'CHALLENGES', 'Staff turnover in the Oriental municipalities meant repeating some training. Civil registration of children born before arrival needs court decisions that take months; the programme now pays for legal assistance (category 6).'
    union all select 'Migrant-inclusive local services in Morocco', '2025', 'LESSONS', 'Desks run jointly by the municipality and a migrant association are used twice as much as desks run by the municipality alone.'
    union all select 'Migrant-inclusive local services in Morocco', '2025', 'PARTNERSHIPS', 'Ministry of the Interior (Directorate-General of Local Authorities), eight municipalities, the Oriental regional health directorate, four migrant associations and two Moroccan NGOs.'
    union all select 'Migrant-inclusive local services in Morocco', '2025', 'NEXT_STEPS', 'Open the last two desks, hand their running costs over to the municipal budgets before the programme ends in March 2026, and complete the action plans of Oujda, Berkane and Jerada.'
    union all select 'Migrant-inclusive local services in Morocco', '2026', 'SUMMARY', 'Final report: by the end of the programme on 31 March 2026 all eight municipalities run a one-stop help desk, and 12,870 migrants have used municipal services through them, above the target of 12,000. The municipalities have taken over the desks'' running costs.'
    union all select 'Migrant-inclusive local services in Morocco', '2026', 'RESULTS', 'Berkane and Jerada opened their desks in January 2026. In total 936 front-line staff were trained and 1,384 births registered (target 1,500: court cases for older children are still pending). School enrolment of migrant children reached 66%, short of the 70% target. All eight municipalities adopted action plans with a budget for migrants.'
    union all select 'Migrant-inclusive local services in Morocco', '2026', 'CHALLENGES', 'The last quarter was short for the two new desks; the pending birth registrations depend on the courts and are followed by UNICEF''s regular programme.'
    union all select 'Migrant-inclusive local services in Morocco', '2026', 'LESSONS', 'Municipal ownership came from budgeting the desks from the start: the two municipalities that co-financed them in 2025 took them over first.'
    union all select 'Migrant-inclusive local services in Morocco', '2026', 'PARTNERSHIPS', 'The Directorate-General of Local Authorities will extend the model to the Souss-Massa region with its own funds.'
    union all select 'Migrant-inclusive local services in Morocco', '2026', 'NEXT_STEPS', 'Financial closure: final expenditure reports by the three organisations and refund of unspent balances.'
    union all select 'Fair recruitment and decent work for migrant workers from Bangladesh', '2025', 'SUMMARY', 'The programme certified 64 recruitment agencies under the fair recruitment code of conduct and resolved 720 complaints of workers abroad. The average recruitment cost fell from 92% to 81% of a month''s income in the country of destination.'
    union all select 'Fair recruitment and decent work for migrant workers from Bangladesh', '2025', 'RESULTS', 'The complaints mechanism is running in Dhaka, Chattogram and Sylhet and in the embassies in Riyadh, Kuala Lumpur and Doha. 2,140 prospective workers were certified in skills in demand abroad; 47% of them found a job abroad within six months.'
    union all select 'Fair recruitment and decent work for migrant workers from Bangladesh', '2025', 'CHALLENGES', 'The revised recruitment rules are still with the Ministry''s legal department.'
    union all select 'Fair recruitment and decent work for migrant workers from Bangladesh', '2025', 'NEXT_STEPS', 'Adoption of the revised rules; extend the code of conduct to sub-agents in the districts.'
    union all select 'Fair recruitment and decent work for migrant workers from Bangladesh', '2026', 'SUMMARY', 'Final report: when the programme ended on 30 June 2026, 118 recruitment agencies were certified (target 120) and the average recruitment cost had fallen to 68% of a month''s income abroad. The Ministry adopted the revised recruitment rules with a zero-fee policy for workers in May 2026.'
    union all select 'Fair recruitment and decent work for migrant workers from Bangladesh', '2026', 'RESULTS', 'In total 1,630 complaints were resolved (target 1,500), 43% of them from women workers; 4,760 prospective workers were certified in skills in demand abroad (target 5,000), 54% of whom were placed in a job abroad within six months.'
    union all select 'Fair recruitment and decent work for migrant workers from Bangladesh', '2026', 'CHALLENGES', 'Women workers in domestic work still pay more to informal sub-agents in the districts; the code of conduct does not reach them yet.'
    union all select 'Fair recruitment and decent work for migrant workers from Bangladesh', '2026', 'LESSONS', 'Publishing the list of certified agencies on the Bureau of Manpower''s website made workers choose them: certified agencies'' share of deployments doubled in a year.'
    union all select 'Fair recruitment and decent work for migrant workers from Bangladesh', '2026', 'PARTNERSHIPS', 'Ministry of Expatriates'' Welfare and Overseas Employment, Bureau of Manpower, Employment and Training, BAIRA (the association of recruitment agencies), two trade unions and the embassies in the main countries of destination.'
    union all select 'Fair recruitment and decent work for migrant workers from Bangladesh', '2026', 'NEXT_STEPS', 'IOM and ILO report their final expenditure; ILO refunds its unspent balance.'
    union all select 'Countering trafficking and smuggling along the Eastern Route', '2025', 'SUMMARY', 'The four countries of the Eastern Route opened 14 joint investigations into trafficking and smuggling networks, and 640 victims of trafficking were identified and referred to assistance. Arrivals on the route doubled in 2025, which led to the budget revision approved in September for search and rescue and emergency shelter.'
    union all select 'Countering trafficking and smuggling along the Eastern Route', '2025', 'RESULTS', '286 police officers, prosecutors and judges were trained (23% women). Local partners assisted 3,920 migrants through search and rescue and emergency shelter, more than a third of them children. Child protection desks now work at four border points; 52% of the unaccompanied children identified were placed in family-based or safe alternative care.'
    union all select 'Countering trafficking and smuggling along the Eastern Route', '2025', 'CHALLENGES', 'Access to Yemen remains limited to Aden and Mocha; investigations there rely on remote cooperation. The memorandum on mutual legal assistance awaits Somalia''s signature.'
    union all select 'Countering trafficking and smuggling along the Eastern Route', '2025', 'LESSONS', 'Joint trainings of investigators from both sides of the Bab-el-Mandeb led directly to five of the joint investigations.'
    union all select 'Countering trafficking and smuggling along the Eastern Route', '2025', 'PARTNERSHIPS', 'National anti-trafficking task forces of Djibouti, Ethiopia and Somalia, the Yemeni coast guard, IGAD, the Danish Refugee Council and local child protection NGOs.'
    union all select 'Countering trafficking and smuggling along the Eastern Route', '2025', 'NEXT_STEPS', 'Signature of the regional memorandum; child protection desks at five more border points; second round of joint trainings.'
) x join programming.joint_programme p on p.title = x.title join monitoring.progress_report r on r.programme_id = p.id and r.period = x.report_period;
insert into monitoring.progress_actual (report_id, indicator_id, disaggregation, actual_value, actual_text)
select r.id, i.id, x.disaggregation, x.actual_value, x.actual_text from (
    select 'Migrant-inclusive local services in Morocco' as title, '2025' as report_period, 'OC1.1' as code, 'TOTAL' as disaggregation, cast(8430 as numeric(19, 4)) as actual_value, cast(null as varchar(2000)) as actual_text
    union all select 'Migrant-inclusive local services in Morocco', '2025', 'OC1.1', 'SEX:FEMALE', 4310, cast(null as varchar(2000))
    union all select 'Migrant-inclusive local services in Morocco', '2025', 'OC1.1', 'SEX:MALE', 4120, cast(null as varchar(2000))
    union all select 'Migrant-inclusive local services in Morocco', '2025', 'OC1.1', 'AGE_GROUP:CHILD', 2950, cast(null as varchar(2000))
    union all select 'Migrant-inclusive local services in Morocco', '2025', 'OC1.1', 'AGE_GROUP:ADULT', 5340, cast(null as varchar(2000))
    union all select 'Migrant-inclusive local services in Morocco', '2025', 'OC1.1', 'AGE_GROUP:OLDER_PERSON', 140, cast(null as varchar(2000))
    union all select 'Migrant-inclusive local services in Morocco', '2025', 'OC1.2', 'TOTAL', 58.5, cast(null as varchar(2000))
    union all select 'Migrant-inclusive local services in Morocco', '2025', 'OC1.2', 'SEX:FEMALE', 60.2, cast(null as varchar(2000))
    union all select 'Migrant-inclusive local services in Morocco', '2025', 'OC1.2', 'SEX:MALE', 56.9, cast(null as varchar(2000))
    union all select 'Migrant-inclusive local services in Morocco', '2025', 'OP1.1.1', 'TOTAL', 6, cast(null as varchar(2000))
    union all select 'Migrant-inclusive local services in Morocco', '2025', 'OP1.1.2', 'TOTAL', 910, cast(null as varchar(2000))
    union all select 'Migrant-inclusive local services in Morocco', '2025', 'OP1.1.2', 'SEX:FEMALE', 452, cast(null as varchar(2000))
    union all select 'Migrant-inclusive local services in Morocco', '2025', 'OP1.1.2', 'SEX:MALE', 458, cast(null as varchar(2000))
    union all select 'Migrant-inclusive local services in Morocco', '2025', 'OP1.2.1', 'TOTAL', 640, cast(null as varchar(2000))
    union all select 'Migrant-inclusive local services in Morocco', '2025', 'OP1.2.1', 'SEX:FEMALE', 371, cast(null as varchar(2000))
    union all select 'Migrant-inclusive local services in Morocco', '2025', 'OP1.2.1', 'SEX:MALE', 269, cast(null as varchar(2000))
    union all select 'Migrant-inclusive local services in Morocco', '2025', 'OC2.1', 'TOTAL', cast(null as numeric(19, 4)), '5 of the 8 municipalities adopted action plans with measures for migrants; Oujda, Berkane and Jerada are preparing theirs.'
    union all select 'Migrant-inclusive local services in Morocco', '2026', 'OC1.1', 'TOTAL', 12870, cast(null as varchar(2000))
    union all select 'Migrant-inclusive local services in Morocco', '2026', 'OC1.1', 'SEX:FEMALE', 6640, cast(null as varchar(2000))
    union all select 'Migrant-inclusive local services in Morocco', '2026', 'OC1.1', 'SEX:MALE', 6230, cast(null as varchar(2000))
    union all select 'Migrant-inclusive local services in Morocco', '2026', 'OC1.1', 'AGE_GROUP:CHILD', 4410, cast(null as varchar(2000))
    union all select 'Migrant-inclusive local services in Morocco', '2026', 'OC1.1', 'AGE_GROUP:ADULT', 8240, cast(null as varchar(2000))
    union all select 'Migrant-inclusive local services in Morocco', '2026', 'OC1.1', 'AGE_GROUP:OLDER_PERSON', 220, cast(null as varchar(2000))
    union all select 'Migrant-inclusive local services in Morocco', '2026', 'OC1.2', 'TOTAL', 66, cast(null as varchar(2000))
    union all select 'Migrant-inclusive local services in Morocco', '2026', 'OC1.2', 'SEX:FEMALE', 67.4, cast(null as varchar(2000))
    union all select 'Migrant-inclusive local services in Morocco', '2026', 'OC1.2', 'SEX:MALE', 64.7, cast(null as varchar(2000))
    union all select 'Migrant-inclusive local services in Morocco', '2026', 'OP1.1.1', 'TOTAL', 8, cast(null as varchar(2000))
    union all select 'Migrant-inclusive local services in Morocco', '2026', 'OP1.1.2', 'TOTAL', 1384, cast(null as varchar(2000))
    union all select 'Migrant-inclusive local services in Morocco', '2026', 'OP1.1.2', 'SEX:FEMALE', 690, cast(null as varchar(2000))
    union all select 'Migrant-inclusive local services in Morocco', '2026', 'OP1.1.2', 'SEX:MALE', 694, cast(null as varchar(2000))
    union all select 'Migrant-inclusive local services in Morocco', '2026', 'OP1.2.1', 'TOTAL', 936, cast(null as varchar(2000))
    union all select 'Migrant-inclusive local services in Morocco', '2026', 'OP1.2.1', 'SEX:FEMALE', 540, cast(null as varchar(2000))
    union all select 'Migrant-inclusive local services in Morocco', '2026', 'OP1.2.1', 'SEX:MALE', 396, cast(null as varchar(2000))
    union all select 'Migrant-inclusive local services in Morocco', '2026', 'OC2.1', 'TOTAL', cast(null as numeric(19, 4)), 'All 8 municipalities adopted action plans with measures for migrants; Oujda''s includes a budget line to keep the help desk running after the programme.'
    union all select 'Fair recruitment and decent work for migrant workers from Bangladesh', '2025', 'OC1.1', 'TOTAL', 81, cast(null as varchar(2000))
    union all select 'Fair recruitment and decent work for migrant workers from Bangladesh', '2025', 'OC1.1', 'SEX:FEMALE', 86, cast(null as varchar(2000))
    union all select 'Fair recruitment and decent work for migrant workers from Bangladesh', '2025', 'OC1.1', 'SEX:MALE', 79.5, cast(null as varchar(2000))
    union all select 'Fair recruitment and decent work for migrant workers from Bangladesh', '2025', 'OC1.2', 'TOTAL', 64, cast(null as varchar(2000))
    union all select 'Fair recruitment and decent work for migrant workers from Bangladesh', '2025', 'OP1.1.1', 'TOTAL', 720, cast(null as varchar(2000))
    union all select 'Fair recruitment and decent work for migrant workers from Bangladesh', '2025', 'OP1.1.2', 'TOTAL', cast(null as numeric(19, 4)), 'Draft revised rules with a zero-fee policy for workers submitted to the Ministry of Expatriates'' Welfare in October 2025.'
    union all select 'Fair recruitment and decent work for migrant workers from Bangladesh', '2025', 'OP1.2.1', 'TOTAL', 2140, cast(null as varchar(2000))
    union all select 'Fair recruitment and decent work for migrant workers from Bangladesh', '2025', 'OP1.2.2', 'TOTAL', 47, cast(null as varchar(2000))
    union all select 'Fair recruitment and decent work for migrant workers from Bangladesh', '2025', 'OP1.2.2', 'SEX:FEMALE', 39, cast(null as varchar(2000))
    union all select 'Fair recruitment and decent work for migrant workers from Bangladesh', '2025', 'OP1.2.2', 'SEX:MALE', 51, cast(null as varchar(2000))
    union all select 'Fair recruitment and decent work for migrant workers from Bangladesh', '2026', 'OC1.1', 'TOTAL', 68, cast(null as varchar(2000))
    union all select 'Fair recruitment and decent work for migrant workers from Bangladesh', '2026', 'OC1.1', 'SEX:FEMALE', 77, cast(null as varchar(2000))
    union all select 'Fair recruitment and decent work for migrant workers from Bangladesh', '2026', 'OC1.1', 'SEX:MALE', 65, cast(null as varchar(2000))
    union all select 'Fair recruitment and decent work for migrant workers from Bangladesh', '2026', 'OC1.2', 'TOTAL', 118, cast(null as varchar(2000))
    union all select 'Fair recruitment and decent work for migrant workers from Bangladesh', '2026', 'OP1.1.1', 'TOTAL', 1630, cast(null as varchar(2000))
    union all select 'Fair recruitment and decent work for migrant workers from Bangladesh', '2026', 'OP1.1.1', 'SEX:FEMALE', 701, cast(null as varchar(2000))
    union all select 'Fair recruitment and decent work for migrant workers from Bangladesh', '2026', 'OP1.1.1', 'SEX:MALE', 929, cast(null as varchar(2000))
    union all select 'Fair recruitment and decent work for migrant workers from Bangladesh', '2026', 'OP1.1.2', 'TOTAL', cast(null as numeric(19, 4)), 'Revised rules with a zero-fee policy for workers adopted by the Ministry in May 2026 and in force since 1 July 2026.'
    union all select 'Fair recruitment and decent work for migrant workers from Bangladesh', '2026', 'OP1.2.1', 'TOTAL', 4760, cast(null as varchar(2000))
    union all select 'Fair recruitment and decent work for migrant workers from Bangladesh', '2026', 'OP1.2.1', 'SEX:FEMALE', 1810, cast(null as varchar(2000))
    union all select 'Fair recruitment and decent work for migrant workers from Bangladesh', '2026', 'OP1.2.1', 'SEX:MALE', 2950, cast(null as varchar(2000))
    union all select 'Fair recruitment and decent work for migrant workers from Bangladesh', '2026', 'OP1.2.2', 'TOTAL', 54, cast(null as varchar(2000))
    union all select 'Fair recruitment and decent work for migrant workers from Bangladesh', '2026', 'OP1.2.2', 'SEX:FEMALE', 46, cast(null as varchar(2000))
    union all select 'Fair recruitment and decent work for migrant workers from Bangladesh', '2026', 'OP1.2.2', 'SEX:MALE', 59, cast(null as varchar(2000))
    union all select 'Countering trafficking and smuggling along the Eastern Route', '2025', 'OC1.1', 'TOTAL', 14, cast(null as varchar(2000))
    union all select 'Countering trafficking and smuggling along the Eastern Route', '2025', 'OP1.1.1', 'TOTAL', 286, cast(null as varchar(2000))
    union all select 'Countering trafficking and smuggling along the Eastern Route', '2025', 'OP1.1.1', 'SEX:FEMALE', 66, cast(null as varchar(2000))
    union all select 'Countering trafficking and smuggling along the Eastern Route', '2025', 'OP1.1.1', 'SEX:MALE', 220, cast(null as varchar(2000))
    union all select 'Countering trafficking and smuggling along the Eastern Route', '2025', 'OP1.1.2', 'TOTAL', cast(null as numeric(19, 4)), 'Memorandum on mutual legal assistance agreed by the four countries in November 2025; signed by Djibouti, Ethiopia and Yemen, Somalia''s signature expected in 2026.'
    union all select 'Countering trafficking and smuggling along the Eastern Route', '2025', 'OC2.1', 'TOTAL', 640, cast(null as varchar(2000))
    union all select 'Countering trafficking and smuggling along the Eastern Route', '2025', 'OC2.1', 'SEX:FEMALE', 402, cast(null as varchar(2000))
    union all select 'Countering trafficking and smuggling along the Eastern Route', '2025', 'OC2.1', 'SEX:MALE', 238, cast(null as varchar(2000))
    union all select 'Countering trafficking and smuggling along the Eastern Route', '2025', 'OC2.1', 'AGE_GROUP:CHILD', 215, cast(null as varchar(2000))
    union all select 'Countering trafficking and smuggling along the Eastern Route', '2025', 'OC2.1', 'AGE_GROUP:ADULT', 425, cast(null as varchar(2000))
    union all select 'Countering trafficking and smuggling along the Eastern Route', '2025', 'OC2.2', 'TOTAL', 52, cast(null as varchar(2000))
    union all select 'Countering trafficking and smuggling along the Eastern Route', '2025', 'OC2.2', 'SEX:FEMALE', 55, cast(null as varchar(2000))
    union all select 'Countering trafficking and smuggling along the Eastern Route', '2025', 'OC2.2', 'SEX:MALE', 50, cast(null as varchar(2000))
    union all select 'Countering trafficking and smuggling along the Eastern Route', '2025', 'OP2.1.1', 'TOTAL', 3920, cast(null as varchar(2000))
    union all select 'Countering trafficking and smuggling along the Eastern Route', '2025', 'OP2.1.1', 'SEX:FEMALE', 1180, cast(null as varchar(2000))
    union all select 'Countering trafficking and smuggling along the Eastern Route', '2025', 'OP2.1.1', 'SEX:MALE', 2740, cast(null as varchar(2000))
    union all select 'Countering trafficking and smuggling along the Eastern Route', '2025', 'OP2.1.1', 'AGE_GROUP:CHILD', 1390, cast(null as varchar(2000))
    union all select 'Countering trafficking and smuggling along the Eastern Route', '2025', 'OP2.1.1', 'AGE_GROUP:ADULT', 2530, cast(null as varchar(2000))
    union all select 'Countering trafficking and smuggling along the Eastern Route', '2025', 'OP2.1.1', 'MIGRATION_STATUS:MIGRANT', 3610, cast(null as varchar(2000))
    union all select 'Countering trafficking and smuggling along the Eastern Route', '2025', 'OP2.1.1', 'MIGRATION_STATUS:REFUGEE', 190, cast(null as varchar(2000))
    union all select 'Countering trafficking and smuggling along the Eastern Route', '2025', 'OP2.1.1', 'MIGRATION_STATUS:RETURNEE', 120, cast(null as varchar(2000))
    union all select 'Countering trafficking and smuggling along the Eastern Route', '2025', 'OP2.1.2', 'TOTAL', 4, cast(null as varchar(2000))
) x join programming.joint_programme p on p.title = x.title join monitoring.progress_report r on r.programme_id = p.id and r.period = x.report_period
join monitoring.indicator i on i.programme_id = p.id and i.code = x.code;

-- Expenditure reports, in the order submitted; each accepted one is booked in the ledger when the FMU accepts it.
insert into mobilisation.journal (fund_id, kind, value_date, description, idempotency_key, recorded_by, recorded_at, decision_id)
select p.fund_id, 'EXPENDITURE', date '2025-12-31', 'Expenditure 2025 of IOM on programme ' || p.id, 'demo-expenditure-P2-IOM-2025', 'fmu', timestamp '2026-05-06 10:00:00', cast(null as bigint)
from programming.joint_programme p where p.title = 'Migrant-inclusive local services in Morocco';
insert into mobilisation.journal_line (journal_id, fund_id, value_date, account, pool, amount, currency, organisation_id, programme_id)
select j.id, j.fund_id, j.value_date, x.account, x.pool, x.amount, 'USD', o.id, p.id from (
    select 'EXPENDITURE_REPORTED' as account, 'UNEARMARKED' as pool, cast(401236.80 as numeric(19, 4)) as amount, 0 as seq
    union all select 'EXPENDITURE_CONTRA', 'UNEARMARKED', -401236.80, 1
) x join mobilisation.journal j on j.idempotency_key = 'demo-expenditure-P2-IOM-2025' join programming.joint_programme p on p.title = 'Migrant-inclusive local services in Morocco' and p.fund_id = j.fund_id
join governance.organisation o on o.acronym = 'IOM' order by x.seq;
insert into monitoring.expenditure_report (fund_id, programme_id, organisation_id, report_year, last_report, total, due_on, status,
    journal_id, submitted_by, submitted_at, reviewed_by, reviewed_at, review_comment)
select p.fund_id, p.id, o.id, 2025, false, 401236.80, date '2026-04-30', 'ACCEPTED', (select id from mobilisation.journal where idempotency_key = 'demo-expenditure-P2-IOM-2025'), 'iom', timestamp '2026-04-21 09:40:00', 'fmu', timestamp '2026-05-06 10:00:00', cast(null as varchar(4000))
from programming.joint_programme p, governance.organisation o where p.title = 'Migrant-inclusive local services in Morocco' and o.acronym = 'IOM';
insert into mobilisation.journal (fund_id, kind, value_date, description, idempotency_key, recorded_by, recorded_at, decision_id)
select p.fund_id, 'EXPENDITURE', date '2025-12-31', 'Expenditure 2025 of UNODC on programme ' || p.id, 'demo-expenditure-P4-UNODC-2025', 'fmu', timestamp '2026-05-20 15:00:00', cast(null as bigint)
from programming.joint_programme p where p.title = 'Countering trafficking and smuggling along the Eastern Route';
insert into mobilisation.journal_line (journal_id, fund_id, value_date, account, pool, amount, currency, organisation_id, programme_id)
select j.id, j.fund_id, j.value_date, x.account, x.pool, x.amount, 'USD', o.id, p.id from (
    select 'EXPENDITURE_REPORTED' as account, 'UNEARMARKED' as pool, cast(455812.60 as numeric(19, 4)) as amount, 0 as seq
    union all select 'EXPENDITURE_CONTRA', 'UNEARMARKED', -455812.60, 1
) x join mobilisation.journal j on j.idempotency_key = 'demo-expenditure-P4-UNODC-2025' join programming.joint_programme p on p.title = 'Countering trafficking and smuggling along the Eastern Route' and p.fund_id = j.fund_id
join governance.organisation o on o.acronym = 'UNODC' order by x.seq;
insert into monitoring.expenditure_report (fund_id, programme_id, organisation_id, report_year, last_report, total, due_on, status,
    journal_id, submitted_by, submitted_at, reviewed_by, reviewed_at, review_comment)
select p.fund_id, p.id, o.id, 2025, false, 455812.60, date '2026-04-30', 'ACCEPTED', (select id from mobilisation.journal where idempotency_key = 'demo-expenditure-P4-UNODC-2025'), 'unodc', timestamp '2026-04-24 08:50:00', 'fmu', timestamp '2026-05-20 15:00:00', cast(null as varchar(4000))
from programming.joint_programme p, governance.organisation o where p.title = 'Countering trafficking and smuggling along the Eastern Route' and o.acronym = 'UNODC';
insert into mobilisation.journal (fund_id, kind, value_date, description, idempotency_key, recorded_by, recorded_at, decision_id)
select p.fund_id, 'EXPENDITURE', date '2025-12-31', 'Expenditure 2025 of UNDP on programme ' || p.id, 'demo-expenditure-P2-UNDP-2025', 'fmu', timestamp '2026-05-06 10:05:00', cast(null as bigint)
from programming.joint_programme p where p.title = 'Migrant-inclusive local services in Morocco';
insert into mobilisation.journal_line (journal_id, fund_id, value_date, account, pool, amount, currency, organisation_id, programme_id)
select j.id, j.fund_id, j.value_date, x.account, x.pool, x.amount, 'USD', o.id, p.id from (
    select 'EXPENDITURE_REPORTED' as account, 'UNEARMARKED' as pool, cast(248655.00 as numeric(19, 4)) as amount, 0 as seq
    union all select 'EXPENDITURE_CONTRA', 'UNEARMARKED', -248655.00, 1
) x join mobilisation.journal j on j.idempotency_key = 'demo-expenditure-P2-UNDP-2025' join programming.joint_programme p on p.title = 'Migrant-inclusive local services in Morocco' and p.fund_id = j.fund_id
join governance.organisation o on o.acronym = 'UNDP' order by x.seq;
insert into monitoring.expenditure_report (fund_id, programme_id, organisation_id, report_year, last_report, total, due_on, status,
    journal_id, submitted_by, submitted_at, reviewed_by, reviewed_at, review_comment)
select p.fund_id, p.id, o.id, 2025, false, 248655.00, date '2026-04-30', 'ACCEPTED', (select id from mobilisation.journal where idempotency_key = 'demo-expenditure-P2-UNDP-2025'), 'undp', timestamp '2026-04-24 15:10:00', 'fmu', timestamp '2026-05-06 10:05:00', cast(null as varchar(4000))
from programming.joint_programme p, governance.organisation o where p.title = 'Migrant-inclusive local services in Morocco' and o.acronym = 'UNDP';
insert into mobilisation.journal (fund_id, kind, value_date, description, idempotency_key, recorded_by, recorded_at, decision_id)
select p.fund_id, 'EXPENDITURE', date '2025-12-31', 'Expenditure 2025 of UNICEF on programme ' || p.id, 'demo-expenditure-P5-UNICEF-2025', 'fmu', timestamp '2026-05-12 12:00:00', cast(null as bigint)
from programming.joint_programme p where p.title = 'Protection of children on the move in Central America and Mexico';
insert into mobilisation.journal_line (journal_id, fund_id, value_date, account, pool, amount, currency, organisation_id, programme_id)
select j.id, j.fund_id, j.value_date, x.account, x.pool, x.amount, 'USD', o.id, p.id from (
    select 'EXPENDITURE_REPORTED' as account, 'AREA:2' as pool, cast(214380.45 as numeric(19, 4)) as amount, 0 as seq
    union all select 'EXPENDITURE_CONTRA', 'AREA:2', -214380.45, 1
) x join mobilisation.journal j on j.idempotency_key = 'demo-expenditure-P5-UNICEF-2025' join programming.joint_programme p on p.title = 'Protection of children on the move in Central America and Mexico' and p.fund_id = j.fund_id
join governance.organisation o on o.acronym = 'UNICEF' order by x.seq;
insert into monitoring.expenditure_report (fund_id, programme_id, organisation_id, report_year, last_report, total, due_on, status,
    journal_id, submitted_by, submitted_at, reviewed_by, reviewed_at, review_comment)
select p.fund_id, p.id, o.id, 2025, false, 214380.45, date '2026-04-30', 'ACCEPTED', (select id from mobilisation.journal where idempotency_key = 'demo-expenditure-P5-UNICEF-2025'), 'unicef', timestamp '2026-04-27 10:40:00', 'fmu', timestamp '2026-05-12 12:00:00', cast(null as varchar(4000))
from programming.joint_programme p, governance.organisation o where p.title = 'Protection of children on the move in Central America and Mexico' and o.acronym = 'UNICEF';
insert into mobilisation.journal (fund_id, kind, value_date, description, idempotency_key, recorded_by, recorded_at, decision_id)
select p.fund_id, 'EXPENDITURE', date '2025-12-31', 'Expenditure 2025 of ILO on programme ' || p.id, 'demo-expenditure-P3-ILO-2025', 'fmu', timestamp '2026-05-15 09:30:00', cast(null as bigint)
from programming.joint_programme p where p.title = 'Fair recruitment and decent work for migrant workers from Bangladesh';
insert into mobilisation.journal_line (journal_id, fund_id, value_date, account, pool, amount, currency, organisation_id, programme_id)
select j.id, j.fund_id, j.value_date, x.account, x.pool, x.amount, 'USD', o.id, p.id from (
    select 'EXPENDITURE_REPORTED' as account, 'AREA:4' as pool, cast(470800.00 as numeric(19, 4)) as amount, 0 as seq
    union all select 'EXPENDITURE_CONTRA', 'AREA:4', -470800.00, 1
    union all select 'EXPENDITURE_REPORTED', 'COUNTRY:BGD', 131584.90, 2
    union all select 'EXPENDITURE_CONTRA', 'COUNTRY:BGD', -131584.90, 3
) x join mobilisation.journal j on j.idempotency_key = 'demo-expenditure-P3-ILO-2025' join programming.joint_programme p on p.title = 'Fair recruitment and decent work for migrant workers from Bangladesh' and p.fund_id = j.fund_id
join governance.organisation o on o.acronym = 'ILO' order by x.seq;
insert into monitoring.expenditure_report (fund_id, programme_id, organisation_id, report_year, last_report, total, due_on, status,
    journal_id, submitted_by, submitted_at, reviewed_by, reviewed_at, review_comment)
select p.fund_id, p.id, o.id, 2025, false, 602384.90, date '2026-04-30', 'ACCEPTED', (select id from mobilisation.journal where idempotency_key = 'demo-expenditure-P3-ILO-2025'), 'ilo', timestamp '2026-04-28 11:00:00', 'fmu', timestamp '2026-05-15 09:30:00', cast(null as varchar(4000))
from programming.joint_programme p, governance.organisation o where p.title = 'Fair recruitment and decent work for migrant workers from Bangladesh' and o.acronym = 'ILO';
insert into mobilisation.journal (fund_id, kind, value_date, description, idempotency_key, recorded_by, recorded_at, decision_id)
select p.fund_id, 'EXPENDITURE', date '2025-12-31', 'Expenditure 2025 of UNICEF on programme ' || p.id, 'demo-expenditure-P2-UNICEF-2025', 'fmu', timestamp '2026-05-07 14:20:00', cast(null as bigint)
from programming.joint_programme p where p.title = 'Migrant-inclusive local services in Morocco';
insert into mobilisation.journal_line (journal_id, fund_id, value_date, account, pool, amount, currency, organisation_id, programme_id)
select j.id, j.fund_id, j.value_date, x.account, x.pool, x.amount, 'USD', o.id, p.id from (
    select 'EXPENDITURE_REPORTED' as account, 'UNEARMARKED' as pool, cast(196508.40 as numeric(19, 4)) as amount, 0 as seq
    union all select 'EXPENDITURE_CONTRA', 'UNEARMARKED', -196508.40, 1
) x join mobilisation.journal j on j.idempotency_key = 'demo-expenditure-P2-UNICEF-2025' join programming.joint_programme p on p.title = 'Migrant-inclusive local services in Morocco' and p.fund_id = j.fund_id
join governance.organisation o on o.acronym = 'UNICEF' order by x.seq;
insert into monitoring.expenditure_report (fund_id, programme_id, organisation_id, report_year, last_report, total, due_on, status,
    journal_id, submitted_by, submitted_at, reviewed_by, reviewed_at, review_comment)
select p.fund_id, p.id, o.id, 2025, false, 196508.40, date '2026-04-30', 'ACCEPTED', (select id from mobilisation.journal where idempotency_key = 'demo-expenditure-P2-UNICEF-2025'), 'unicef', timestamp '2026-04-28 12:30:00', 'fmu', timestamp '2026-05-07 14:20:00', cast(null as varchar(4000))
from programming.joint_programme p, governance.organisation o where p.title = 'Migrant-inclusive local services in Morocco' and o.acronym = 'UNICEF';
insert into mobilisation.journal (fund_id, kind, value_date, description, idempotency_key, recorded_by, recorded_at, decision_id)
select p.fund_id, 'EXPENDITURE', date '2025-12-31', 'Expenditure 2025 of IOM on programme ' || p.id, 'demo-expenditure-P3-IOM-2025', 'fmu', timestamp '2026-05-15 09:35:00', cast(null as bigint)
from programming.joint_programme p where p.title = 'Fair recruitment and decent work for migrant workers from Bangladesh';
insert into mobilisation.journal_line (journal_id, fund_id, value_date, account, pool, amount, currency, organisation_id, programme_id)
select j.id, j.fund_id, j.value_date, x.account, x.pool, x.amount, 'USD', o.id, p.id from (
    select 'EXPENDITURE_REPORTED' as account, 'AREA:4' as pool, cast(134642.50 as numeric(19, 4)) as amount, 0 as seq
    union all select 'EXPENDITURE_CONTRA', 'AREA:4', -134642.50, 1
    union all select 'EXPENDITURE_REPORTED', 'COUNTRY:BGD', 287264.85, 2
    union all select 'EXPENDITURE_CONTRA', 'COUNTRY:BGD', -287264.85, 3
) x join mobilisation.journal j on j.idempotency_key = 'demo-expenditure-P3-IOM-2025' join programming.joint_programme p on p.title = 'Fair recruitment and decent work for migrant workers from Bangladesh' and p.fund_id = j.fund_id
join governance.organisation o on o.acronym = 'IOM' order by x.seq;
insert into monitoring.expenditure_report (fund_id, programme_id, organisation_id, report_year, last_report, total, due_on, status,
    journal_id, submitted_by, submitted_at, reviewed_by, reviewed_at, review_comment)
select p.fund_id, p.id, o.id, 2025, false, 421907.35, date '2026-04-30', 'ACCEPTED', (select id from mobilisation.journal where idempotency_key = 'demo-expenditure-P3-IOM-2025'), 'iom', timestamp '2026-04-29 17:45:00', 'fmu', timestamp '2026-05-15 09:35:00', cast(null as varchar(4000))
from programming.joint_programme p, governance.organisation o where p.title = 'Fair recruitment and decent work for migrant workers from Bangladesh' and o.acronym = 'IOM';
insert into monitoring.expenditure_report (fund_id, programme_id, organisation_id, report_year, last_report, total, due_on, status,
    journal_id, submitted_by, submitted_at, reviewed_by, reviewed_at, review_comment)
select p.fund_id, p.id, o.id, 2025, false, 176420.00, date '2026-04-30', 'RETURNED', cast(null as bigint), 'iom', timestamp '2026-04-30 16:55:00', 'fmu', timestamp '2026-05-26 09:45:00', 'Category 6 (transfers and grants to counterparts) is 27% of the year''s expenditure against 16% of IOM''s budget: attach the list of partner agreements and the shelter grants they cover, then resubmit.'
from programming.joint_programme p, governance.organisation o where p.title = 'Protection of children on the move in Central America and Mexico' and o.acronym = 'IOM';
insert into mobilisation.journal (fund_id, kind, value_date, description, idempotency_key, recorded_by, recorded_at, decision_id)
select p.fund_id, 'EXPENDITURE', date '2025-12-31', 'Expenditure 2025 of IOM on programme ' || p.id, 'demo-expenditure-P4-IOM-2025', 'fmu', timestamp '2026-05-20 15:10:00', cast(null as bigint)
from programming.joint_programme p where p.title = 'Countering trafficking and smuggling along the Eastern Route';
insert into mobilisation.journal_line (journal_id, fund_id, value_date, account, pool, amount, currency, organisation_id, programme_id)
select j.id, j.fund_id, j.value_date, x.account, x.pool, x.amount, 'USD', o.id, p.id from (
    select 'EXPENDITURE_REPORTED' as account, 'UNEARMARKED' as pool, cast(389240.15 as numeric(19, 4)) as amount, 0 as seq
    union all select 'EXPENDITURE_CONTRA', 'UNEARMARKED', -389240.15, 1
) x join mobilisation.journal j on j.idempotency_key = 'demo-expenditure-P4-IOM-2025' join programming.joint_programme p on p.title = 'Countering trafficking and smuggling along the Eastern Route' and p.fund_id = j.fund_id
join governance.organisation o on o.acronym = 'IOM' order by x.seq;
insert into monitoring.expenditure_report (fund_id, programme_id, organisation_id, report_year, last_report, total, due_on, status,
    journal_id, submitted_by, submitted_at, reviewed_by, reviewed_at, review_comment)
select p.fund_id, p.id, o.id, 2025, false, 389240.15, date '2026-04-30', 'ACCEPTED', (select id from mobilisation.journal where idempotency_key = 'demo-expenditure-P4-IOM-2025'), 'iom', timestamp '2026-04-30 18:05:00', 'fmu', timestamp '2026-05-20 15:10:00', cast(null as varchar(4000))
from programming.joint_programme p, governance.organisation o where p.title = 'Countering trafficking and smuggling along the Eastern Route' and o.acronym = 'IOM';
insert into mobilisation.journal (fund_id, kind, value_date, description, idempotency_key, recorded_by, recorded_at, decision_id)
select p.fund_id, 'EXPENDITURE', date '2026-07-10', 'Expenditure 2026 of IOM on programme ' || p.id, 'demo-expenditure-P2-IOM-2026', 'fmu', timestamp '2026-07-10 11:00:00', cast(null as bigint)
from programming.joint_programme p where p.title = 'Migrant-inclusive local services in Morocco';
insert into mobilisation.journal_line (journal_id, fund_id, value_date, account, pool, amount, currency, organisation_id, programme_id)
select j.id, j.fund_id, j.value_date, x.account, x.pool, x.amount, 'USD', o.id, p.id from (
    select 'EXPENDITURE_REPORTED' as account, 'UNEARMARKED' as pool, cast(127178.57 as numeric(19, 4)) as amount, 0 as seq
    union all select 'EXPENDITURE_CONTRA', 'UNEARMARKED', -127178.57, 1
) x join mobilisation.journal j on j.idempotency_key = 'demo-expenditure-P2-IOM-2026' join programming.joint_programme p on p.title = 'Migrant-inclusive local services in Morocco' and p.fund_id = j.fund_id
join governance.organisation o on o.acronym = 'IOM' order by x.seq;
insert into monitoring.expenditure_report (fund_id, programme_id, organisation_id, report_year, last_report, total, due_on, status,
    journal_id, submitted_by, submitted_at, reviewed_by, reviewed_at, review_comment)
select p.fund_id, p.id, o.id, 2026, true, 127178.57, date '2027-04-30', 'ACCEPTED', (select id from mobilisation.journal where idempotency_key = 'demo-expenditure-P2-IOM-2026'), 'iom', timestamp '2026-06-22 10:00:00', 'fmu', timestamp '2026-07-10 11:00:00', cast(null as varchar(4000))
from programming.joint_programme p, governance.organisation o where p.title = 'Migrant-inclusive local services in Morocco' and o.acronym = 'IOM';
insert into mobilisation.journal (fund_id, kind, value_date, description, idempotency_key, recorded_by, recorded_at, decision_id)
select p.fund_id, 'EXPENDITURE', date '2026-07-10', 'Expenditure 2026 of UNDP on programme ' || p.id, 'demo-expenditure-P2-UNDP-2026', 'fmu', timestamp '2026-07-10 11:05:00', cast(null as bigint)
from programming.joint_programme p where p.title = 'Migrant-inclusive local services in Morocco';
insert into mobilisation.journal_line (journal_id, fund_id, value_date, account, pool, amount, currency, organisation_id, programme_id)
select j.id, j.fund_id, j.value_date, x.account, x.pool, x.amount, 'USD', o.id, p.id from (
    select 'EXPENDITURE_REPORTED' as account, 'UNEARMARKED' as pool, cast(82465.00 as numeric(19, 4)) as amount, 0 as seq
    union all select 'EXPENDITURE_CONTRA', 'UNEARMARKED', -82465.00, 1
) x join mobilisation.journal j on j.idempotency_key = 'demo-expenditure-P2-UNDP-2026' join programming.joint_programme p on p.title = 'Migrant-inclusive local services in Morocco' and p.fund_id = j.fund_id
join governance.organisation o on o.acronym = 'UNDP' order by x.seq;
insert into monitoring.expenditure_report (fund_id, programme_id, organisation_id, report_year, last_report, total, due_on, status,
    journal_id, submitted_by, submitted_at, reviewed_by, reviewed_at, review_comment)
select p.fund_id, p.id, o.id, 2026, true, 82465.00, date '2027-04-30', 'ACCEPTED', (select id from mobilisation.journal where idempotency_key = 'demo-expenditure-P2-UNDP-2026'), 'undp', timestamp '2026-06-24 16:30:00', 'fmu', timestamp '2026-07-10 11:05:00', cast(null as varchar(4000))
from programming.joint_programme p, governance.organisation o where p.title = 'Migrant-inclusive local services in Morocco' and o.acronym = 'UNDP';
insert into mobilisation.journal (fund_id, kind, value_date, description, idempotency_key, recorded_by, recorded_at, decision_id)
select p.fund_id, 'EXPENDITURE', date '2026-07-10', 'Expenditure 2026 of UNICEF on programme ' || p.id, 'demo-expenditure-P2-UNICEF-2026', 'fmu', timestamp '2026-07-10 11:10:00', cast(null as bigint)
from programming.joint_programme p where p.title = 'Migrant-inclusive local services in Morocco';
insert into mobilisation.journal_line (journal_id, fund_id, value_date, account, pool, amount, currency, organisation_id, programme_id)
select j.id, j.fund_id, j.value_date, x.account, x.pool, x.amount, 'USD', o.id, p.id from (
    select 'EXPENDITURE_REPORTED' as account, 'UNEARMARKED' as pool, cast(74453.75 as numeric(19, 4)) as amount, 0 as seq
    union all select 'EXPENDITURE_CONTRA', 'UNEARMARKED', -74453.75, 1
) x join mobilisation.journal j on j.idempotency_key = 'demo-expenditure-P2-UNICEF-2026' join programming.joint_programme p on p.title = 'Migrant-inclusive local services in Morocco' and p.fund_id = j.fund_id
join governance.organisation o on o.acronym = 'UNICEF' order by x.seq;
insert into monitoring.expenditure_report (fund_id, programme_id, organisation_id, report_year, last_report, total, due_on, status,
    journal_id, submitted_by, submitted_at, reviewed_by, reviewed_at, review_comment)
select p.fund_id, p.id, o.id, 2026, true, 74453.75, date '2027-04-30', 'ACCEPTED', (select id from mobilisation.journal where idempotency_key = 'demo-expenditure-P2-UNICEF-2026'), 'unicef', timestamp '2026-06-26 09:15:00', 'fmu', timestamp '2026-07-10 11:10:00', cast(null as varchar(4000))
from programming.joint_programme p, governance.organisation o where p.title = 'Migrant-inclusive local services in Morocco' and o.acronym = 'UNICEF';
insert into mobilisation.journal (fund_id, kind, value_date, description, idempotency_key, recorded_by, recorded_at, decision_id)
select p.fund_id, 'EXPENDITURE', date '2026-10-14', 'Expenditure 2026 of ILO on programme ' || p.id, 'demo-expenditure-P3-ILO-2026', 'fmu', timestamp '2026-10-14 16:00:00', cast(null as bigint)
from programming.joint_programme p where p.title = 'Fair recruitment and decent work for migrant workers from Bangladesh';
insert into mobilisation.journal_line (journal_id, fund_id, value_date, account, pool, amount, currency, organisation_id, programme_id)
select j.id, j.fund_id, j.value_date, x.account, x.pool, x.amount, 'USD', o.id, p.id from (
    select 'EXPENDITURE_REPORTED' as account, 'COUNTRY:BGD' as pool, cast(333727.50 as numeric(19, 4)) as amount, 0 as seq
    union all select 'EXPENDITURE_CONTRA', 'COUNTRY:BGD', -333727.50, 1
) x join mobilisation.journal j on j.idempotency_key = 'demo-expenditure-P3-ILO-2026' join programming.joint_programme p on p.title = 'Fair recruitment and decent work for migrant workers from Bangladesh' and p.fund_id = j.fund_id
join governance.organisation o on o.acronym = 'ILO' order by x.seq;
insert into monitoring.expenditure_report (fund_id, programme_id, organisation_id, report_year, last_report, total, due_on, status,
    journal_id, submitted_by, submitted_at, reviewed_by, reviewed_at, review_comment)
select p.fund_id, p.id, o.id, 2026, true, 333727.50, date '2027-04-30', 'ACCEPTED', (select id from mobilisation.journal where idempotency_key = 'demo-expenditure-P3-ILO-2026'), 'ilo', timestamp '2026-09-30 10:20:00', 'fmu', timestamp '2026-10-14 16:00:00', cast(null as varchar(4000))
from programming.joint_programme p, governance.organisation o where p.title = 'Fair recruitment and decent work for migrant workers from Bangladesh' and o.acronym = 'ILO';
insert into monitoring.expenditure_report (fund_id, programme_id, organisation_id, report_year, last_report, total, due_on, status,
    journal_id, submitted_by, submitted_at, reviewed_by, reviewed_at, review_comment)
select p.fund_id, p.id, o.id, 2026, true, 231644.20, date '2027-04-30', 'SUBMITTED', cast(null as bigint), 'iom', timestamp '2026-11-18 13:25:00', cast(null as varchar(100)), cast(null as timestamp), cast(null as varchar(4000))
from programming.joint_programme p, governance.organisation o where p.title = 'Fair recruitment and decent work for migrant workers from Bangladesh' and o.acronym = 'IOM';
insert into monitoring.expenditure_line (report_id, category_code, amount)
select r.id, x.category_code, x.amount from (
    select 'Migrant-inclusive local services in Morocco' as title, 'IOM' as acronym, 2025 as report_year, '1' as category_code, cast(186119.82 as numeric(19, 4)) as amount
    union all select 'Migrant-inclusive local services in Morocco', 'IOM', 2025, '2', 32550.03
    union all select 'Migrant-inclusive local services in Morocco', 'IOM', 2025, '4', 85774.97
    union all select 'Migrant-inclusive local services in Morocco', 'IOM', 2025, '5', 22220.19
    union all select 'Migrant-inclusive local services in Morocco', 'IOM', 2025, '6', 48322.65
    union all select 'Migrant-inclusive local services in Morocco', 'IOM', 2025, 'ISC', 26249.14
    union all select 'Countering trafficking and smuggling along the Eastern Route', 'UNODC', 2025, '1', 214681.39
    union all select 'Countering trafficking and smuggling along the Eastern Route', 'UNODC', 2025, '2', 10193.34
    union all select 'Countering trafficking and smuggling along the Eastern Route', 'UNODC', 2025, '4', 102986.41
    union all select 'Countering trafficking and smuggling along the Eastern Route', 'UNODC', 2025, '5', 34465.70
    union all select 'Countering trafficking and smuggling along the Eastern Route', 'UNODC', 2025, '6', 48123.51
    union all select 'Countering trafficking and smuggling along the Eastern Route', 'UNODC', 2025, '7', 15542.73
    union all select 'Countering trafficking and smuggling along the Eastern Route', 'UNODC', 2025, 'ISC', 29819.52
    union all select 'Migrant-inclusive local services in Morocco', 'UNDP', 2025, '1', 91278.87
    union all select 'Migrant-inclusive local services in Morocco', 'UNDP', 2025, '4', 79712.24
    union all select 'Migrant-inclusive local services in Morocco', 'UNDP', 2025, '6', 48522.80
    union all select 'Migrant-inclusive local services in Morocco', 'UNDP', 2025, '7', 12873.94
    union all select 'Migrant-inclusive local services in Morocco', 'UNDP', 2025, 'ISC', 16267.15
    union all select 'Protection of children on the move in Central America and Mexico', 'UNICEF', 2025, '1', 77926.79
    union all select 'Protection of children on the move in Central America and Mexico', 'UNICEF', 2025, '2', 22558.36
    union all select 'Protection of children on the move in Central America and Mexico', 'UNICEF', 2025, '4', 39785.96
    union all select 'Protection of children on the move in Central America and Mexico', 'UNICEF', 2025, '5', 11844.87
    union all select 'Protection of children on the move in Central America and Mexico', 'UNICEF', 2025, '6', 42576.89
    union all select 'Protection of children on the move in Central America and Mexico', 'UNICEF', 2025, '7', 5662.69
    union all select 'Protection of children on the move in Central America and Mexico', 'UNICEF', 2025, 'ISC', 14024.89
    union all select 'Fair recruitment and decent work for migrant workers from Bangladesh', 'ILO', 2025, '1', 262802.89
    union all select 'Fair recruitment and decent work for migrant workers from Bangladesh', 'ILO', 2025, '3', 19394.41
    union all select 'Fair recruitment and decent work for migrant workers from Bangladesh', 'ILO', 2025, '4', 161310.44
    union all select 'Fair recruitment and decent work for migrant workers from Bangladesh', 'ILO', 2025, '5', 25438.13
    union all select 'Fair recruitment and decent work for migrant workers from Bangladesh', 'ILO', 2025, '6', 76475.39
    union all select 'Fair recruitment and decent work for migrant workers from Bangladesh', 'ILO', 2025, '7', 17555.28
    union all select 'Fair recruitment and decent work for migrant workers from Bangladesh', 'ILO', 2025, 'ISC', 39408.36
    union all select 'Migrant-inclusive local services in Morocco', 'UNICEF', 2025, '1', 85299.99
    union all select 'Migrant-inclusive local services in Morocco', 'UNICEF', 2025, '2', 34121.38
    union all select 'Migrant-inclusive local services in Morocco', 'UNICEF', 2025, '6', 57753.47
    union all select 'Migrant-inclusive local services in Morocco', 'UNICEF', 2025, '7', 6477.87
    union all select 'Migrant-inclusive local services in Morocco', 'UNICEF', 2025, 'ISC', 12855.69
    union all select 'Fair recruitment and decent work for migrant workers from Bangladesh', 'IOM', 2025, '1', 178439.89
    union all select 'Fair recruitment and decent work for migrant workers from Bangladesh', 'IOM', 2025, '4', 109602.26
    union all select 'Fair recruitment and decent work for migrant workers from Bangladesh', 'IOM', 2025, '5', 18179.19
    union all select 'Fair recruitment and decent work for migrant workers from Bangladesh', 'IOM', 2025, '6', 74771.21
    union all select 'Fair recruitment and decent work for migrant workers from Bangladesh', 'IOM', 2025, '7', 13313.38
    union all select 'Fair recruitment and decent work for migrant workers from Bangladesh', 'IOM', 2025, 'ISC', 27601.42
    union all select 'Protection of children on the move in Central America and Mexico', 'IOM', 2025, '1', 60814.15
    union all select 'Protection of children on the move in Central America and Mexico', 'IOM', 2025, '2', 9627.19
    union all select 'Protection of children on the move in Central America and Mexico', 'IOM', 2025, '4', 31046.14
    union all select 'Protection of children on the move in Central America and Mexico', 'IOM', 2025, '5', 10152.87
    union all select 'Protection of children on the move in Central America and Mexico', 'IOM', 2025, '6', 48470.94
    union all select 'Protection of children on the move in Central America and Mexico', 'IOM', 2025, '7', 4767.21
    union all select 'Protection of children on the move in Central America and Mexico', 'IOM', 2025, 'ISC', 11541.50
    union all select 'Countering trafficking and smuggling along the Eastern Route', 'IOM', 2025, '1', 130990.64
    union all select 'Countering trafficking and smuggling along the Eastern Route', 'IOM', 2025, '2', 26343.19
    union all select 'Countering trafficking and smuggling along the Eastern Route', 'IOM', 2025, '4', 67018.46
    union all select 'Countering trafficking and smuggling along the Eastern Route', 'IOM', 2025, '5', 19651.01
    union all select 'Countering trafficking and smuggling along the Eastern Route', 'IOM', 2025, '6', 110943.12
    union all select 'Countering trafficking and smuggling along the Eastern Route', 'IOM', 2025, '7', 8829.42
    union all select 'Countering trafficking and smuggling along the Eastern Route', 'IOM', 2025, 'ISC', 25464.31
    union all select 'Migrant-inclusive local services in Morocco', 'IOM', 2026, '1', 58993.72
    union all select 'Migrant-inclusive local services in Morocco', 'IOM', 2026, '2', 10317.27
    union all select 'Migrant-inclusive local services in Morocco', 'IOM', 2026, '4', 27187.78
    union all select 'Migrant-inclusive local services in Morocco', 'IOM', 2026, '5', 7043.05
    union all select 'Migrant-inclusive local services in Morocco', 'IOM', 2026, '6', 15316.66
    union all select 'Migrant-inclusive local services in Morocco', 'IOM', 2026, 'ISC', 8320.09
    union all select 'Migrant-inclusive local services in Morocco', 'UNDP', 2026, '1', 30272.11
    union all select 'Migrant-inclusive local services in Morocco', 'UNDP', 2026, '4', 26436.10
    union all select 'Migrant-inclusive local services in Morocco', 'UNDP', 2026, '6', 16092.31
    union all select 'Migrant-inclusive local services in Morocco', 'UNDP', 2026, '7', 4269.57
    union all select 'Migrant-inclusive local services in Morocco', 'UNDP', 2026, 'ISC', 5394.91
    union all select 'Migrant-inclusive local services in Morocco', 'UNICEF', 2026, '1', 32318.74
    union all select 'Migrant-inclusive local services in Morocco', 'UNICEF', 2026, '2', 12928.02
    union all select 'Migrant-inclusive local services in Morocco', 'UNICEF', 2026, '6', 21881.82
    union all select 'Migrant-inclusive local services in Morocco', 'UNICEF', 2026, '7', 2454.36
    union all select 'Migrant-inclusive local services in Morocco', 'UNICEF', 2026, 'ISC', 4870.81
    union all select 'Fair recruitment and decent work for migrant workers from Bangladesh', 'ILO', 2026, '1', 145595.53
    union all select 'Fair recruitment and decent work for migrant workers from Bangladesh', 'ILO', 2026, '3', 10744.70
    union all select 'Fair recruitment and decent work for migrant workers from Bangladesh', 'ILO', 2026, '4', 89367.66
    union all select 'Fair recruitment and decent work for migrant workers from Bangladesh', 'ILO', 2026, '5', 14092.99
    union all select 'Fair recruitment and decent work for migrant workers from Bangladesh', 'ILO', 2026, '6', 42368.16
    union all select 'Fair recruitment and decent work for migrant workers from Bangladesh', 'ILO', 2026, '7', 9725.82
    union all select 'Fair recruitment and decent work for migrant workers from Bangladesh', 'ILO', 2026, 'ISC', 21832.64
    union all select 'Fair recruitment and decent work for migrant workers from Bangladesh', 'IOM', 2026, '1', 97970.72
    union all select 'Fair recruitment and decent work for migrant workers from Bangladesh', 'IOM', 2026, '4', 60176.08
    union all select 'Fair recruitment and decent work for migrant workers from Bangladesh', 'IOM', 2026, '5', 9981.11
    union all select 'Fair recruitment and decent work for migrant workers from Bangladesh', 'IOM', 2026, '6', 41052.42
    union all select 'Fair recruitment and decent work for migrant workers from Bangladesh', 'IOM', 2026, '7', 7309.58
    union all select 'Fair recruitment and decent work for migrant workers from Bangladesh', 'IOM', 2026, 'ISC', 15154.29
) x join programming.joint_programme p on p.title = x.title join governance.organisation o on o.acronym = x.acronym
join monitoring.expenditure_report r on r.programme_id = p.id and r.organisation_id = o.id and r.report_year = x.report_year;
