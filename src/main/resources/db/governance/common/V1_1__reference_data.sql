-- Reference data of the Global Compact for Safe, Orderly and Regular Migration (A/RES/73/195, 19 December 2018)
-- and of the fund's reporting standards. Numbered records use their official number as id.

create table governance.gcm_objective (
    id    integer      not null primary key,  -- the objective's official number, 1 to 23
    title varchar(300) not null,
    constraint gcm_objective_number check (id between 1 and 23)
);

create table governance.guiding_principle (
    id          integer       not null primary key,
    name        varchar(100)  not null unique,
    description varchar(1000) not null
);

create table governance.marker (
    code       varchar(30)  not null primary key,
    name       varchar(100) not null,
    sort_order integer      not null
);

create table governance.marker_score (
    marker_code varchar(30)  not null references governance.marker (code),
    score       integer      not null,
    description varchar(500) not null,
    primary key (marker_code, score),
    constraint marker_score_range check (score between 0 and 3)
);

create table governance.sdg_indicator (
    code        varchar(10)  not null primary key,
    sdg_target  varchar(10)  not null,
    description varchar(500) not null
);

create table governance.budget_category (
    code       varchar(10)  not null primary key,
    sort_order integer      not null unique,
    name       varchar(200) not null,
    direct     boolean      not null  -- false only for indirect support costs, capped as a share of direct costs
);

create table governance.country (
    code           char(3)      not null primary key,  -- ISO 3166-1 alpha-3
    alpha2         char(2)      not null unique,
    numeric_code   char(3)      not null unique,
    name           varchar(200) not null,
    m49_region     varchar(100),
    m49_sub_region varchar(100)
);
create index country_region on governance.country (m49_region, m49_sub_region);
create index country_name on governance.country (name);

insert into governance.gcm_objective (id, title) values
(1, 'Collect and utilize accurate and disaggregated data as a basis for evidence-based policies'),
(2, 'Minimize the adverse drivers and structural factors that compel people to leave their country of origin'),
(3, 'Provide accurate and timely information at all stages of migration'),
(4, 'Ensure that all migrants have proof of legal identity and adequate documentation'),
(5, 'Enhance availability and flexibility of pathways for regular migration'),
(6, 'Facilitate fair and ethical recruitment and safeguard conditions that ensure decent work'),
(7, 'Address and reduce vulnerabilities in migration'),
(8, 'Save lives and establish coordinated international efforts on missing migrants'),
(9, 'Strengthen the transnational response to smuggling of migrants'),
(10, 'Prevent, combat and eradicate trafficking in persons in the context of international migration'),
(11, 'Manage borders in an integrated, secure and coordinated manner'),
(12, 'Strengthen certainty and predictability in migration procedures for appropriate screening, assessment and referral'),
(13, 'Use migration detention only as a measure of last resort and work towards alternatives'),
(14, 'Enhance consular protection, assistance and cooperation throughout the migration cycle'),
(15, 'Provide access to basic services for migrants'),
(16, 'Empower migrants and societies to realize full inclusion and social cohesion'),
(17, 'Eliminate all forms of discrimination and promote evidence-based public discourse to shape perceptions of migration'),
(18, 'Invest in skills development and facilitate mutual recognition of skills, qualifications and competences'),
(19, 'Create conditions for migrants and diasporas to fully contribute to sustainable development in all countries'),
(20, 'Promote faster, safer and cheaper transfer of remittances and foster financial inclusion of migrants'),
(21, 'Cooperate in facilitating safe and dignified return and readmission, as well as sustainable reintegration'),
(22, 'Establish mechanisms for the portability of social security entitlements and earned benefits'),
(23, 'Strengthen international cooperation and global partnerships for safe, orderly and regular migration');

-- The ten cross-cutting guiding principles of the Global Compact (paragraph 15).
insert into governance.guiding_principle (id, name, description) values
(1, 'People-centred', 'A strong human dimension, promoting the well-being of migrants and the members of communities in countries of origin, transit and destination, with the individual at its core.'),
(2, 'International cooperation', 'Migration is transnational by nature and cannot be addressed by any State alone; implementation rests on international, regional and bilateral cooperation.'),
(3, 'National sovereignty', 'The sovereign right of States to determine their national migration policy and to govern migration within their jurisdiction, in conformity with international law.'),
(4, 'Rule of law and due process', 'Respect for the rule of law, due process and access to justice are fundamental to all aspects of migration governance.'),
(5, 'Sustainable development', 'Rooted in the 2030 Agenda for Sustainable Development: migration is a multidimensional reality of major relevance for sustainable development.'),
(6, 'Human rights', 'Effective respect, protection and fulfilment of the human rights of all migrants, regardless of their migration status, across all stages of the migration cycle, with non-discrimination.'),
(7, 'Gender-responsive', 'The human rights of women, men, girls and boys are respected at all stages of migration; gender equality and the empowerment of all women and girls are promoted.'),
(8, 'Child-sensitive', 'The best interests of the child are a primary consideration at all times, including for unaccompanied and separated children.'),
(9, 'Whole-of-government approach', 'Migration policy needs vertical and horizontal policy coherence across all sectors and levels of government.'),
(10, 'Whole-of-society approach', 'Broad multi-stakeholder partnerships including migrants, diasporas, local communities, civil society, academia, the private sector, parliamentarians, trade unions and others.');

insert into governance.marker (code, name, sort_order) values
('GENDER', 'Gender equality marker', 1),
('HUMAN_RIGHTS', 'Human rights marker', 2),
('CHILD_SENSITIVITY', 'Child-sensitivity marker', 3);

insert into governance.marker_score (marker_code, score, description) values
('GENDER', 0, 'Not expected to contribute noticeably to gender equality'),
('GENDER', 1, 'Contributes to gender equality in a limited way'),
('GENDER', 2, 'Gender equality is a significant objective'),
('GENDER', 3, 'Gender equality is the principal objective'),
('HUMAN_RIGHTS', 0, 'Not expected to contribute noticeably to the realisation of human rights'),
('HUMAN_RIGHTS', 1, 'Contributes to the realisation of human rights in a limited way'),
('HUMAN_RIGHTS', 2, 'Human rights are a significant objective'),
('HUMAN_RIGHTS', 3, 'The realisation of human rights is the principal objective'),
('CHILD_SENSITIVITY', 0, 'Not expected to contribute noticeably to the rights and well-being of children'),
('CHILD_SENSITIVITY', 1, 'Contributes to children''s rights and well-being in a limited way'),
('CHILD_SENSITIVITY', 2, 'Children''s rights and well-being are a significant objective'),
('CHILD_SENSITIVITY', 3, 'Children''s rights and well-being are the principal objective');

insert into governance.sdg_indicator (code, sdg_target, description) values
('10.7.1', '10.7', 'Recruitment cost borne by employee as a proportion of monthly income earned in country of destination'),
('10.7.2', '10.7', 'Number of countries with migration policies that facilitate orderly, safe, regular and responsible migration and mobility of people'),
('10.7.3', '10.7', 'Number of people who died or disappeared in the process of migration towards an international destination'),
('10.7.4', '10.7', 'Proportion of the population who are refugees, by country of origin'),
('10.c.1', '10.c', 'Remittance costs as a proportion of the amount remitted');

-- UNSDG harmonised budget categories for joint programmes.
insert into governance.budget_category (code, sort_order, name, direct) values
('1', 1, 'Staff and other personnel', true),
('2', 2, 'Supplies, commodities, materials', true),
('3', 3, 'Equipment, vehicles, and furniture, including depreciation', true),
('4', 4, 'Contractual services', true),
('5', 5, 'Travel', true),
('6', 6, 'Transfers and grants to counterparts', true),
('7', 7, 'General operating and other direct costs', true),
('ISC', 8, 'Indirect support costs', false);
