-- A ten-year archive for benchmarks, on top of the demo data:
--   30 groups (the 6 demo groups and 24 more), about 6,000 meetings with attendance,
--   agenda items with Markdown notes, decisions, action items with owners, history and
--   follow-up, published minutes versions, and ~300 more people in the demo organisations.
--   David Bergström (the demo account "samordnare") sits in 8 groups and owns 50 open actions.
--
-- Run once, in one transaction, against a database that holds the demo data and nothing
-- more (bench/run.sh does this):
--   psql -v ON_ERROR_STOP=1 -h 127.0.0.1 -p PORT -U postgres -d samskapa -f bench/generate-archive.sql
--
-- Everything "random" comes from md5 of a key (pg_temp.r), so every run on a fresh demo
-- database gives the same archive and the benchmark picks the same pages. Only
-- generate_series and set-based INSERTs: it takes well under a minute.
\set ON_ERROR_STOP on

BEGIN;

DO $$
BEGIN
	IF NOT EXISTS (SELECT 1 FROM directory_person WHERE full_name = 'David Bergström') THEN
		RAISE EXCEPTION 'The demo data is missing: start the app with samskapa.demo.enabled=true first';
	END IF;
	IF (SELECT count(*) FROM groups_group) <> 6 THEN
		RAISE EXCEPTION 'The archive is already there (or this is not the demo database): % groups',
			(SELECT count(*) FROM groups_group);
	END IF;
END
$$;

-- A number in [0, 1) that depends only on the key.
CREATE FUNCTION pg_temp.r(key text) RETURNS double precision LANGUAGE sql IMMUTABLE AS
$$ SELECT ('x' || substr(md5(key), 1, 8))::bit(32)::bigint / 4294967296.0 $$;

-- One element of a list, chosen by the key.
CREATE FUNCTION pg_temp.pick(items text[], key text) RETURNS text LANGUAGE sql IMMUTABLE AS
$$ SELECT items[1 + floor(pg_temp.r(key) * array_length(items, 1))::int] $$;

-- Whole sentences, paragraphs and lists of Swedish-looking text, assembled per agenda item.
CREATE TEMP TABLE bench_words (kind text PRIMARY KEY, items text[] NOT NULL);
INSERT INTO bench_words VALUES
('first', ARRAY['Anna', 'Erik', 'Maria', 'Lars', 'Karin', 'Anders', 'Eva', 'Johan', 'Sara', 'Per',
	'Lena', 'Mikael', 'Kristina', 'Peter', 'Ingrid', 'Fredrik', 'Elin', 'Magnus', 'Malin', 'Jonas',
	'Birgitta', 'Ahmed', 'Fatima', 'Mohammed', 'Hanna', 'Niklas', 'Emma', 'Stefan', 'Linnea', 'Olof',
	'Åsa', 'Göran', 'Sofia', 'Tomas', 'Marie', 'Jan', 'Ulla']),
('last', ARRAY['Andersson', 'Johansson', 'Karlsson', 'Nilsson', 'Eriksson', 'Larsson', 'Olsson',
	'Persson', 'Svensson', 'Gustafsson', 'Pettersson', 'Jönsson', 'Jansson', 'Hansson', 'Bengtsson',
	'Lindberg', 'Lindström', 'Lindqvist', 'Berglund', 'Axelsson', 'Lundgren', 'Mattsson', 'Holm',
	'Sandberg', 'Forsberg', 'Sjöberg', 'Wallin', 'Engström', 'Danielsson', 'Håkansson', 'Nyström',
	'Åberg', 'Lundin', 'Hassan', 'Ali', 'Mäkinen', 'Nowak', 'Kovač', 'Fransson', 'Söderberg', 'Ekström']),
('title', ARRAY['brukarutvecklare', 'mentor', 'socialsekreterare', 'enhetschef', 'volontär',
	'ordförande', 'verksamhetsledare', 'arbetskonsulent', 'personligt ombud', 'handledare']),
('place', ARRAY['Socialförvaltningen, Stadshuset', 'Bryggan', 'Arbetsmarknadsförvaltningen, Drottninggatan 14',
	'Stadsbiblioteket, rum Kärnan', 'Ria, Södergatan', 'Digitalt via Teams', 'Fritidsbanken, Gåsebäck',
	'G7, Norra Hamnen']),
('topic', ARRAY['Fritidsbanken', 'Lokalfrågan', 'Rapport från arbetsgrupperna', 'Ekonomi och budget',
	'Brukarinflytande', 'Hälsodagen', 'Digitalisering', 'Klarspråk', 'Personligt ombud', 'Sysselsättning',
	'Bostad först', 'Samverkan med psykiatrin', 'Mentorsprojektet', 'Nytt från socialförvaltningen',
	'Nytt från arbetsmarknadsförvaltningen', 'Rekrytering av brukarutvecklare', 'Utbildningsdagen',
	'Spridningskonferens', 'Kvalitetsmässan', 'Uppföljning av handlingsplanen', 'Verksamhetsplan',
	'Remissvar', 'Brister i samverkan', 'Skåneveckan för psykisk hälsa', 'Sommaraktiviteter',
	'Julavslutning', 'Lokalt samråd', 'Validering', 'Hemlöshetskartläggningen', 'Öppna jämförelser',
	'Enkät till brukare', 'Tillgänglighet', 'Nya riktlinjer', 'Praktikplatser', 'Studiebesök',
	'Ersättning till brukarrepresentanter', 'Nästa möte', 'Mötestider', 'Nya medlemmar', 'Övrigt']),
('sentence', ARRAY['Gruppen gick igenom läget sedan förra mötet.',
	'Socialförvaltningen informerade om att arbetet fortsätter enligt plan.',
	'Det finns fortfarande frågor om finansieringen efter årsskiftet.',
	'Flera av brukarorganisationerna lyfte att informationen behöver bli tydligare.',
	'Arbetsmarknadsförvaltningen kan erbjuda fler praktikplatser under hösten.',
	'Vi diskuterade hur fler brukare kan delta i arbetet.',
	'Bryggan har haft öppet hus med ett fyrtiotal besökare.',
	'Det är viktigt att verksamheten vänder sig till alla och inte pekar ut vissa grupper.',
	'Frågan tas upp igen på nästa möte när underlaget är klart.',
	'Ria berättade om sitt arbete med stöd till anhöriga.',
	'En arbetsgrupp tar fram ett förslag till nästa möte.',
	'Lokalen på Drottninggatan är för liten för de större träffarna.',
	'Vorta Drom föreslog en gemensam informationsträff på biblioteket.',
	'Utvärderingen visar att de flesta deltagare är nöjda, men att tiderna passar dåligt för den som arbetar.',
	'Det saknas fortfarande en kontaktperson hos regionen.',
	'Gruppen var överens om att prioritera frågan under våren.',
	'RSMH påminde om att alla texter till brukare ska skrivas på klarspråk.',
	'Budgeten för året är i stort sett förbrukad.',
	'Nya riktlinjer från Socialstyrelsen börjar gälla vid årsskiftet.',
	'Det har varit svårt att nå ut till yngre brukare.',
	'Mentorerna har träffats varannan vecka och arbetet går bra.',
	'Ansökan till Allmänna arvsfonden skickades in i förra veckan.',
	'Hälsodagen blev välbesökt trots regnet.',
	'Flera deltagare efterfrågade en enklare blankett.',
	'Vi behöver bli bättre på att återkoppla till dem som lämnat synpunkter.',
	'Fritidsbanken har lånat ut över tvåhundra saker sedan starten.',
	'Den digitala ansökan har testats av fem brukarutvecklare.',
	'Det är oklart vem som äger frågan på förvaltningsnivå.',
	'G7 har fått nya lokaler och bjuder in till invigning.',
	'Gruppen tackade för en bra och engagerande presentation.',
	'Protokollet från förra mötet lades till handlingarna.',
	'Arbetet med hemsidan har dragit ut på tiden.',
	'Statistiken för kvartalet redovisades och diskuterades.',
	'Några medlemmar har slutat och behöver ersättas.',
	'Samverkan med psykiatrin fungerar bättre än tidigare, men det finns brister kvar vid utskrivning.',
	'Volontärcenter kan bidra med personal vid större arrangemang.',
	'Utbildningen i motiverande samtal får mycket goda omdömen.',
	'Frågan om ersättning till brukarrepresentanter är fortfarande inte löst.',
	'Ett studiebesök i Malmö planeras till hösten.',
	'Alla uppmanas att sprida inbjudan i sina nätverk.']),
('lead', ARRAY['**Bakgrund:** ', '**Läget nu:** ', '**Diskussion:** ', '', '', '', '', '']),
('bullet', ARRAY['fler mötesplatser utanför centrum', 'kortare väntetider hos socialtjänsten',
	'tydligare information på hemsidan', 'tolk vid behov', 'bättre samordning mellan förvaltningarna',
	'fika och bussbiljett till den som deltar', 'mer tid för frågor på mötena', 'en kontaktperson per organisation',
	'utbildning för nya representanter', 'uppföljning efter ett halvår']),
('decision', ARRAY['%s: gruppen beslutade att gå vidare med förslaget.',
	'%s: frågan bordläggs till nästa möte.', '%s: en arbetsgrupp bildas och återkommer med ett förslag.',
	'%s: gruppen godkände planeringen.', '%s: gruppen ställde sig bakom skrivelsen till nämnden.']),
('action', ARRAY['Ta fram underlag om %s', 'Boka lokal inför %s', 'Kontakta regionen om %s',
	'Skicka inbjudan om %s till alla medlemmar', 'Sammanställa synpunkter om %s', 'Återkoppla till gruppen om %s',
	'Skriva en kort text om %s till hemsidan', 'Undersöka kostnaden för %s']),
('due', ARRAY['till hösten', 'löpande', 'före sommaren', 'när beslutet kommit']);

-- Values that stay the same for the whole run.
CREATE TEMP TABLE bench_const AS
SELECT current_date AS today,
	(current_date - interval '10 years')::date AS archive_start,
	date_trunc('year', current_date)::date AS demo_year_start,
	(SELECT id FROM directory_person WHERE full_name = 'David Bergström') AS david,
	(SELECT max(id) FROM meetings_meeting) AS last_demo_meeting;

-- People: 300 more, each affiliated with one of the demo organisations.
-- first[i mod 37] and last[i mod 41] never repeat a pair below 37 * 41.
CREATE TEMP TABLE bench_person (n int PRIMARY KEY, person_id bigint, organisation_id bigint);
WITH names AS (
	SELECT i, (SELECT items[1 + i % 37] FROM bench_words WHERE kind = 'first') || ' '
		|| (SELECT items[1 + i % 41] FROM bench_words WHERE kind = 'last') AS full_name
	FROM generate_series(0, 299) i
), inserted AS (
	INSERT INTO directory_person (full_name, created_at)
	SELECT full_name, (SELECT archive_start FROM bench_const) + (i * 7) FROM names ORDER BY i
	RETURNING id, full_name
)
INSERT INTO bench_person (n, person_id, organisation_id)
SELECT names.i, inserted.id,
	-- a third at socialförvaltningen, a sixth at arbetsmarknadsförvaltningen, the rest in user and voluntary organisations
	(SELECT id FROM directory_organisation ORDER BY id
		OFFSET CASE WHEN pg_temp.r('org' || names.i) < 0.33 THEN 0
			WHEN pg_temp.r('org' || names.i) < 0.50 THEN 1
			ELSE 3 + floor(pg_temp.r('org2' || names.i) * 10)::int END
		LIMIT 1)
FROM names JOIN inserted USING (full_name);

INSERT INTO directory_affiliation (person_id, organisation_id, title, valid_from)
SELECT p.person_id, p.organisation_id,
	CASE WHEN pg_temp.r('title' || p.n) < 0.6 THEN (SELECT pg_temp.pick(items, 'title' || p.n) FROM bench_words WHERE kind = 'title') END,
	(SELECT archive_start FROM bench_const) + floor(pg_temp.r('from' || p.n) * 3000)::int
FROM bench_person p;

-- Groups: 24 more. Working groups report to a standing group (by slug).
CREATE TEMP TABLE bench_new_group (slug text PRIMARY KEY, name text, kind text, reports_to text, description text);
INSERT INTO bench_new_group VALUES
('brukarradet-for-socialpsykiatri', 'Brukarrådet för socialpsykiatri', 'STANDING', NULL, 'Brukare, anhöriga och socialpsykiatrin följer verksamheten och föreslår förbättringar.'),
('samverkansgruppen-missbruk-och-beroende', 'Samverkansgruppen missbruk och beroende', 'STANDING', NULL, 'Socialtjänsten, regionen och brukarorganisationerna samordnar vården för personer med missbruk.'),
('fritidsbankens-styrgrupp', 'Fritidsbankens styrgrupp', 'STANDING', NULL, 'Leder Fritidsbanken: ekonomi, personal och samarbetspartner.'),
('referensgruppen-for-hemloshet', 'Referensgruppen för hemlöshet', 'STANDING', NULL, 'Följer stadens arbete mot hemlöshet och bostad först.'),
('arbetsmarknadsradet', 'Arbetsmarknadsrådet', 'STANDING', NULL, 'Arbetsmarknadsförvaltningen och brukarorganisationerna om vägar till arbete och sysselsättning.'),
('natverket-for-anhorigstod', 'Nätverket för anhörigstöd', 'STANDING', NULL, 'Ett nätverk för dem som stöttar anhöriga.'),
('bostad-forst-gruppen', 'Bostad först-gruppen', 'WORKING', 'referensgruppen-for-hemloshet', 'Följer upp bostad först-lägenheterna.'),
('halsodagsgruppen', 'Hälsodagsgruppen', 'WORKING', 'gemensam-utvecklingsgrupp', 'Planerar hälsodagen i maj.'),
('arbetsgruppen-for-personligt-ombud', 'Arbetsgruppen för personligt ombud', 'WORKING', 'brukarradet-for-socialpsykiatri', NULL),
('utbildningsgruppen', 'Utbildningsgruppen', 'WORKING', 'gemensam-utvecklingsgrupp', 'Utbildningar för brukarrepresentanter och personal.'),
('kommunikationsgruppen', 'Kommunikationsgruppen', 'WORKING', 'gemensam-utvecklingsgrupp', 'Hemsida, nyhetsbrev och inbjudningar.'),
('fritidsbankens-utlaningsgrupp', 'Fritidsbankens utlåningsgrupp', 'WORKING', 'fritidsbankens-styrgrupp', NULL),
('fritidsbankens-insamlingsgrupp', 'Fritidsbankens insamlingsgrupp', 'WORKING', 'fritidsbankens-styrgrupp', 'Samlar in sport- och fritidsutrustning.'),
('praktikplatsgruppen', 'Praktikplatsgruppen', 'WORKING', 'arbetsmarknadsradet', NULL),
('valideringsgruppen', 'Valideringsgruppen', 'WORKING', 'arbetsmarknadsradet', 'Validering av kunskaper från brukararbete.'),
('ungdomsgruppen', 'Ungdomsgruppen', 'WORKING', 'samverkansgruppen-missbruk-och-beroende', NULL),
('lagtroskelgruppen', 'Lågtröskelgruppen', 'WORKING', 'samverkansgruppen-missbruk-och-beroende', 'Mötesplatser utan krav på bokning.'),
('enkatgruppen', 'Enkätgruppen', 'WORKING', 'brukarradet-for-socialpsykiatri', 'Brukarenkäten vartannat år.'),
('lokalgruppen', 'Lokalgruppen', 'WORKING', 'ledningsgrupp-for-utveckling', 'Söker gemensamma lokaler.'),
('digitaliseringsgruppen', 'Digitaliseringsgruppen', 'WORKING', 'ledningsgrupp-for-utveckling', 'E-tjänster och digital delaktighet.'),
('arbetsgruppen-for-romsk-inkludering', 'Arbetsgruppen för romsk inkludering', 'WORKING', 'gemensam-utvecklingsgrupp', NULL),
('kvinnors-halsa', 'Kvinnors hälsa', 'WORKING', 'samverkansgruppen-missbruk-och-beroende', NULL),
('anhorigcafeet', 'Anhörigcaféet', 'WORKING', 'natverket-for-anhorigstod', 'Öppet café för anhöriga en gång i månaden.'),
('sommargruppen', 'Sommargruppen', 'WORKING', 'gemensam-utvecklingsgrupp', 'Aktiviteter under sommaren.');

INSERT INTO groups_group (slug, name, kind, description, created_at)
SELECT slug, name, kind, description, (SELECT archive_start FROM bench_const) - 30
FROM bench_new_group ORDER BY kind, slug;
UPDATE groups_group g SET reports_to_id = t.id
FROM bench_new_group n JOIN groups_group t ON t.slug = n.reports_to
WHERE g.slug = n.slug AND n.reports_to IS NOT NULL;

-- Every group of the archive, with when it meets. New groups get a rule (every other week);
-- the demo groups keep theirs and meet on the same kind of day in the archive.
CREATE TEMP TABLE bench_group AS
SELECT g.id, g.slug, (n.slug IS NULL) AS demo,
	coalesce(mr.weekday, 1 + floor(pg_temp.r('wd' || g.slug) * 5)::int) AS weekday,
	coalesce(mr.start_time, (ARRAY[time '09:00', time '10:00', time '13:00', time '14:00'])[1 + floor(pg_temp.r('t' || g.slug) * 4)::int]) AS start_time,
	coalesce(mr.place, (SELECT pg_temp.pick(items, 'p' || g.slug) FROM bench_words WHERE kind = 'place')) AS place,
	floor(pg_temp.r('ph' || g.slug) * 2)::int AS phase
FROM groups_group g
LEFT JOIN bench_new_group n ON n.slug = g.slug
LEFT JOIN groups_meeting_rule mr ON mr.group_id = g.id;

INSERT INTO groups_meeting_rule (group_id, weekday, week_parity, start_time, end_time, place, valid_from)
SELECT g.id, g.weekday, CASE g.phase WHEN 0 THEN 'EVEN' ELSE 'ODD' END, g.start_time, g.start_time + interval '2 hours',
	g.place, (SELECT archive_start FROM bench_const)
FROM bench_group g WHERE NOT g.demo;

-- Members: 12-18 people in each new group (a chair and a note-taker among them); the demo
-- groups are filled up to 15, so that every meeting can have 8-15 people in its attendance.
WITH ranked AS (
	SELECT g.id AS group_id, g.demo, p.person_id, p.organisation_id, p.n,
		row_number() OVER (PARTITION BY g.id ORDER BY pg_temp.r(g.slug || ':' || p.n)) AS rank,
		(SELECT count(*) FROM groups_membership m WHERE m.group_id = g.id) AS existing
	FROM bench_group g CROSS JOIN bench_person p
)
INSERT INTO groups_membership (group_id, person_id, role, organisation_id, joined_on)
SELECT group_id, person_id,
	CASE WHEN demo THEN 'MEMBER' WHEN rank = 1 THEN 'CHAIR' WHEN rank = 2 THEN 'NOTE_TAKER' ELSE 'MEMBER' END,
	organisation_id, (SELECT archive_start FROM bench_const) + floor(pg_temp.r('j' || group_id || ':' || n) * 2500)::int
FROM ranked
WHERE (demo AND rank <= 15 - existing)
	OR (NOT demo AND rank <= 12 + floor(pg_temp.r('size' || group_id) * 7)::int);

-- David Bergström: besides his 4 demo groups, chair of Fritidsbanken's board and member of three more.
INSERT INTO groups_membership (group_id, person_id, role, organisation_id, joined_on)
SELECT g.id, c.david, CASE g.slug WHEN 'fritidsbankens-styrgrupp' THEN 'CHAIR' ELSE 'MEMBER' END,
	(SELECT id FROM directory_organisation WHERE name = 'socialförvaltningen'), c.archive_start
FROM groups_group g, bench_const c
WHERE g.slug IN ('fritidsbankens-styrgrupp', 'kommunikationsgruppen', 'digitaliseringsgruppen', 'lokalgruppen');
UPDATE groups_membership SET role = 'MEMBER'
WHERE role = 'CHAIR' AND person_id <> (SELECT david FROM bench_const)
	AND group_id = (SELECT id FROM groups_group WHERE slug = 'fritidsbankens-styrgrupp');

-- Meetings: every other week on the group's day for ten years (the demo groups until the
-- demo year, which the demo data fills), not in July or over Christmas, and about one in
-- eight occurrences not held. Nearly all published a week after the meeting; the last two
-- weeks and about 1 % of the rest are drafts; about 1.5 % were cancelled.
INSERT INTO meetings_meeting (group_id, meeting_date, start_time, end_time, place, title, origin, rule_date, cancelled,
	minutes_status, note_taker_id, adjuster_id, submitted_at, approved_by_id, approved_at, published_at,
	minutes_version, created_at, version)
SELECT g.id, d.day, g.start_time, g.start_time + interval '2 hours', g.place,
	CASE WHEN pg_temp.r('title' || g.id || d.day) < 0.03 THEN 'Extra möte' END,
	CASE WHEN NOT g.demo AND d.day >= c.today - 730 THEN 'RULE' ELSE 'IMPORTED' END,
	CASE WHEN NOT g.demo AND d.day >= c.today - 730 THEN d.day END,
	s.cancelled,
	s.status,
	(SELECT person_id FROM groups_membership WHERE group_id = g.id ORDER BY role = 'NOTE_TAKER' DESC, person_id LIMIT 1),
	CASE WHEN pg_temp.r('adj' || g.id || d.day) < 0.3
		THEN (SELECT person_id FROM groups_membership WHERE group_id = g.id AND role = 'MEMBER'
			ORDER BY pg_temp.r('adjp' || g.id || d.day || person_id) LIMIT 1) END,
	CASE WHEN s.status = 'PUBLISHED' OR (s.status = 'DRAFT' AND NOT s.cancelled AND d.day < c.today - 3)
		THEN (d.day + 3) + time '16:00' END,
	CASE WHEN s.status = 'PUBLISHED'
		THEN (SELECT person_id FROM groups_membership WHERE group_id = g.id ORDER BY role = 'CHAIR' DESC, person_id LIMIT 1) END,
	CASE WHEN s.status = 'PUBLISHED' THEN (d.day + 7) + time '12:00' END,
	CASE WHEN s.status = 'PUBLISHED' THEN (d.day + 7) + time '12:00' END,
	CASE WHEN s.status <> 'PUBLISHED' THEN 0 WHEN pg_temp.r('rev' || g.id || d.day) < 0.02 THEN 2 ELSE 1 END,
	(d.day - 14) + time '09:00',
	CASE WHEN s.status = 'PUBLISHED' THEN 12 ELSE 4 END
FROM bench_group g
CROSS JOIN bench_const c
CROSS JOIN LATERAL (
	SELECT day::date FROM generate_series(
		-- the first day on the group's weekday, in a week of the group's parity, after the start
		c.archive_start + ((g.weekday - extract(isodow FROM c.archive_start)::int + 7) % 7)
			+ 7 * ((extract(week FROM c.archive_start + ((g.weekday - extract(isodow FROM c.archive_start)::int + 7) % 7))::int + g.phase) % 2),
		CASE WHEN g.demo THEN c.demo_year_start - 1 ELSE c.today - 1 END,
		interval '14 days') AS day
) d
CROSS JOIN LATERAL (
	SELECT pg_temp.r('cancel' || g.id || d.day) < 0.015 AS cancelled,
		CASE WHEN pg_temp.r('cancel' || g.id || d.day) < 0.015 OR d.day >= c.today - 14
				OR pg_temp.r('draft' || g.id || d.day) < 0.01 THEN 'DRAFT'
			ELSE 'PUBLISHED' END AS status
) s
WHERE extract(month FROM d.day) <> 7
	AND NOT (extract(month FROM d.day) = 12 AND extract(day FROM d.day) >= 20)
	AND NOT (extract(month FROM d.day) = 1 AND extract(day FROM d.day) <= 6)
	AND pg_temp.r('held' || g.id || d.day) >= 0.10
ORDER BY d.day, g.id;

-- The archive's meetings with their neighbours in the group (for follow-up and history).
CREATE TEMP TABLE bench_meeting AS
SELECT m.id, m.group_id, m.meeting_date, m.cancelled, m.minutes_status, m.note_taker_id, m.published_at,
	lead(m.id) OVER w AS next_id, lead(m.meeting_date) OVER w AS next_date,
	lead(m.id, 2) OVER w AS next2_id, lead(m.meeting_date, 2) OVER w AS next2_date,
	4 + floor(pg_temp.r('items' || m.id) * 5)::int AS item_count
FROM meetings_meeting m
WHERE m.id > (SELECT last_demo_meeting FROM bench_const) AND NOT m.cancelled
WINDOW w AS (PARTITION BY m.group_id ORDER BY m.meeting_date);
CREATE UNIQUE INDEX ON bench_meeting (id);
ANALYZE bench_meeting;

-- Attendance: 8-15 of the group's members; most present, some with notice, a few absent.
INSERT INTO meetings_attendance (meeting_id, person_id, status, guest, organisation_id, organisation_label)
SELECT m.id, gm.person_id,
	CASE WHEN pg_temp.r('st' || m.id || ':' || gm.person_id) < 0.82 THEN 'PRESENT'
		WHEN pg_temp.r('st' || m.id || ':' || gm.person_id) < 0.93 THEN 'ABSENT_WITH_NOTICE'
		ELSE 'ABSENT' END,
	false, gm.organisation_id, o.name
FROM bench_meeting m
CROSS JOIN LATERAL (
	SELECT person_id, organisation_id FROM groups_membership
	WHERE group_id = m.group_id
	ORDER BY role <> 'MEMBER' DESC, pg_temp.r(m.id || ':' || person_id)
	LIMIT 8 + floor(pg_temp.r('att' || m.id) * 8)::int
) gm
LEFT JOIN directory_organisation o ON o.id = gm.organisation_id;

-- Agenda: 4-8 different topics, each with one to three paragraphs of notes, some with a
-- bold lead-in, about a third with a bulleted list.
INSERT INTO meetings_agenda_item (meeting_id, position, kind, title, notes, notes_saved_at, version)
SELECT m.id, t.position, 'REGULAR', t.title,
	(SELECT string_agg(
			(SELECT pg_temp.pick(items, 'lead' || m.id || t.position || p) FROM bench_words WHERE kind = 'lead')
			|| (SELECT string_agg(pg_temp.pick(w.items, 's' || m.id || ':' || t.position || ':' || p || ':' || s), ' ')
				FROM generate_series(1, 2 + floor(pg_temp.r('sc' || m.id || t.position || p) * 3)::int) s,
					bench_words w WHERE w.kind = 'sentence'),
			E'\n\n' ORDER BY p)
		FROM generate_series(1, 1 + floor(pg_temp.r('pc' || m.id || t.position) * 3)::int) p)
	|| CASE WHEN pg_temp.r('list' || m.id || t.position) < 0.35 THEN
		E'\n\nSynpunkter som kom fram:\n\n' || (SELECT string_agg('- ' || pg_temp.pick(w.items, 'b' || m.id || t.position || b), E'\n')
			FROM generate_series(1, 2 + floor(pg_temp.r('bc' || m.id || t.position) * 3)::int) b,
				bench_words w WHERE w.kind = 'bullet')
		ELSE '' END,
	m.meeting_date + time '17:00', 1
FROM bench_meeting m
CROSS JOIN LATERAL (
	SELECT topic AS title, row_number() OVER (ORDER BY pg_temp.r(m.id || topic))::int AS position
	FROM unnest((SELECT items FROM bench_words WHERE kind = 'topic')) topic
	ORDER BY pg_temp.r(m.id || topic)
	LIMIT m.item_count
) t;

-- The statements below look rows up per meeting: without fresh statistics on the tables
-- just filled, the planner scans them whole for every meeting (minutes instead of seconds).
ANALYZE meetings_attendance, meetings_agenda_item;

-- Decisions: none to three per meeting, each under one of its agenda items.
INSERT INTO meetings_decision (meeting_id, agenda_item_id, text, created_at)
SELECT m.id, ai.id, format((SELECT pg_temp.pick(items, 'dt' || m.id || j) FROM bench_words WHERE kind = 'decision'), ai.title),
	m.meeting_date + time '15:00'
FROM bench_meeting m
CROSS JOIN LATERAL generate_series(1, CASE WHEN pg_temp.r('dc' || m.id) < 0.30 THEN 0 WHEN pg_temp.r('dc' || m.id) < 0.65 THEN 1
	WHEN pg_temp.r('dc' || m.id) < 0.90 THEN 2 ELSE 3 END) j
CROSS JOIN LATERAL (
	SELECT id, title FROM meetings_agenda_item WHERE meeting_id = m.id
	ORDER BY pg_temp.r('di' || m.id || j || position) LIMIT 1
) ai;

-- Action items: none to four per meeting. Older ones are nearly all done or dropped; of
-- the last half year's, most are still open.
CREATE TEMP TABLE bench_action (id bigint PRIMARY KEY, meeting_id bigint, status text, carried boolean);
WITH candidates AS (
	SELECT m.id AS meeting_id, m.group_id, m.meeting_date, m.next_date, m.next2_date, j, ai.id AS agenda_item_id, ai.title,
		pg_temp.r('dk' || m.id || j) AS due_r, pg_temp.r('as' || m.id || j) AS status_r,
		m.meeting_date >= (SELECT today FROM bench_const) - 183 AS recent
	FROM bench_meeting m
	CROSS JOIN LATERAL generate_series(1, CASE WHEN pg_temp.r('ac' || m.id) < 0.20 THEN 0 WHEN pg_temp.r('ac' || m.id) < 0.45 THEN 1
		WHEN pg_temp.r('ac' || m.id) < 0.70 THEN 2 WHEN pg_temp.r('ac' || m.id) < 0.88 THEN 3 ELSE 4 END) j
	CROSS JOIN LATERAL (
		SELECT id, title FROM meetings_agenda_item WHERE meeting_id = m.id
		ORDER BY pg_temp.r('ai' || m.id || j || position) LIMIT 1
	) ai
), shaped AS (
	SELECT c.*,
		CASE WHEN due_r < 0.60 THEN 'DATE' WHEN due_r < 0.80 THEN 'NEXT_MEETING' WHEN due_r < 0.90 THEN 'TEXT' ELSE 'NONE' END AS due_kind,
		CASE WHEN c.recent THEN (CASE WHEN status_r < 0.60 THEN 'OPEN' WHEN status_r < 0.95 THEN 'DONE' ELSE 'DROPPED' END)
			ELSE (CASE WHEN status_r < 0.05 THEN 'OPEN' WHEN status_r < 0.90 THEN 'DONE' ELSE 'DROPPED' END) END AS status
	FROM candidates c
), inserted AS (
	INSERT INTO meetings_action_item (group_id, meeting_id, agenda_item_id, what, due_kind, due_date, due_text, status,
		closed_at, created_at, version)
	SELECT group_id, meeting_id, agenda_item_id,
		format((SELECT pg_temp.pick(items, 'at' || meeting_id || j) FROM bench_words WHERE kind = 'action'), lower(title)),
		due_kind,
		CASE due_kind WHEN 'DATE' THEN meeting_date + 14 + floor(due_r * 200)::int % 60
			WHEN 'NEXT_MEETING' THEN coalesce(next_date, meeting_date + 14) END,
		CASE WHEN due_kind = 'TEXT' THEN (SELECT pg_temp.pick(items, 'dx' || meeting_id || j) FROM bench_words WHERE kind = 'due') END,
		status,
		CASE WHEN status <> 'OPEN' THEN coalesce(next_date, meeting_date + 14) + time '11:00' END,
		meeting_date + time '15:00',
		CASE WHEN status = 'OPEN' THEN 1 ELSE 2 END
	FROM shaped
	ORDER BY meeting_id, j
	RETURNING id, meeting_id, status
)
INSERT INTO bench_action
SELECT id, meeting_id, status, pg_temp.r('carry' || id) < 0.25 FROM inserted;

-- Owners: one or two of the people present; some actions belong to an organisation or to
-- "gruppen".
INSERT INTO meetings_action_owner (action_item_id, person_id, organisation_id, label)
SELECT a.id, o.person_id, NULL, NULL
FROM bench_action a
CROSS JOIN LATERAL (
	SELECT person_id FROM meetings_attendance
	WHERE meeting_id = a.meeting_id AND status = 'PRESENT'
	ORDER BY pg_temp.r('own' || a.id || ':' || person_id)
	LIMIT 1 + floor(pg_temp.r('oc' || a.id) * 2)::int
) o
WHERE pg_temp.r('ok' || a.id) >= 0.15;
INSERT INTO meetings_action_owner (action_item_id, person_id, organisation_id, label)
SELECT a.id, NULL,
	CASE WHEN pg_temp.r('ok' || a.id) < 0.10 THEN (SELECT id FROM directory_organisation ORDER BY pg_temp.r('oo' || a.id || id) LIMIT 1) END,
	CASE WHEN pg_temp.r('ok' || a.id) >= 0.10 THEN 'gruppen' END
FROM bench_action a
WHERE pg_temp.r('ok' || a.id) < 0.15;

-- David owns 50 open actions in his groups (the demo data may already give him some).
INSERT INTO meetings_action_owner (action_item_id, person_id)
SELECT a.id, c.david
FROM bench_action a
JOIN meetings_action_item ai ON ai.id = a.id
CROSS JOIN bench_const c
WHERE a.status = 'OPEN'
	AND ai.group_id IN (SELECT group_id FROM groups_membership WHERE person_id = c.david)
	AND NOT EXISTS (SELECT 1 FROM meetings_action_owner o WHERE o.action_item_id = a.id AND o.person_id = c.david)
ORDER BY pg_temp.r('david' || a.id)
LIMIT greatest(0, 50 - (SELECT count(*) FROM meetings_action_owner o JOIN meetings_action_item i ON i.id = o.action_item_id
	WHERE o.person_id = (SELECT david FROM bench_const) AND i.status = 'OPEN'));

-- History: created at the meeting; a quarter carried over at the next meeting; the closed
-- ones done or dropped at the meeting after that.
INSERT INTO meetings_action_event (action_item_id, occurred_at, kind, meeting_id, actor, note, due_date)
SELECT a.id, ai.created_at, 'CREATED', a.meeting_id, p.full_name, NULL, ai.due_date
FROM bench_action a
JOIN meetings_action_item ai ON ai.id = a.id
JOIN bench_meeting m ON m.id = a.meeting_id
LEFT JOIN directory_person p ON p.id = m.note_taker_id;

INSERT INTO meetings_action_event (action_item_id, occurred_at, kind, meeting_id, actor, note, due_date)
SELECT a.id, m.next_date + time '10:30', 'CARRIED_OVER', m.next_id, p.full_name,
	CASE WHEN pg_temp.r('cn' || a.id) < 0.3 THEN 'Inväntar svar från förvaltningen.' END,
	coalesce(m.next2_date, m.next_date + 14)
FROM bench_action a
JOIN bench_meeting m ON m.id = a.meeting_id
LEFT JOIN directory_person p ON p.id = m.note_taker_id
WHERE a.carried AND m.next_id IS NOT NULL;

INSERT INTO meetings_action_event (action_item_id, occurred_at, kind, meeting_id, actor, note, due_date)
SELECT a.id,
	CASE WHEN a.carried THEN coalesce(m.next2_date, m.next_date + 14, m.meeting_date + 28) ELSE coalesce(m.next_date, m.meeting_date + 14) END
		+ time '11:00',
	a.status,
	CASE WHEN a.carried THEN m.next2_id ELSE m.next_id END,
	p.full_name,
	CASE WHEN a.status = 'DROPPED' THEN 'Inte längre aktuellt.' END, NULL
FROM bench_action a
JOIN meetings_action_item ai ON ai.id = a.id
JOIN bench_meeting m ON m.id = a.meeting_id
LEFT JOIN directory_person p ON p.id = m.note_taker_id
WHERE a.status <> 'OPEN';
UPDATE meetings_action_item ai SET closed_at = e.occurred_at
FROM meetings_action_event e
WHERE e.action_item_id = ai.id AND e.kind IN ('DONE', 'DROPPED') AND ai.id IN (SELECT id FROM bench_action);

-- Follow-up: every action comes up at the group's next meeting (and the one after, when it
-- was carried over), under a "Uppföljning" section first on the agenda.
INSERT INTO meetings_follow_up (meeting_id, action_item_id)
SELECT m.next_id, a.id FROM bench_action a JOIN bench_meeting m ON m.id = a.meeting_id WHERE m.next_id IS NOT NULL
UNION
SELECT m.next2_id, a.id FROM bench_action a JOIN bench_meeting m ON m.id = a.meeting_id WHERE a.carried AND m.next2_id IS NOT NULL;
INSERT INTO meetings_agenda_item (meeting_id, position, kind, title, notes, version)
SELECT DISTINCT f.meeting_id, 0, 'FOLLOW_UP', 'Uppföljning', '', 0
FROM meetings_follow_up f JOIN bench_meeting m ON m.id = f.meeting_id;

-- Published minutes: version 1 as Markdown (2 % revised once, with a reason), and the
-- audit trail of the publication.
CREATE TEMP TABLE bench_markdown AS
SELECT m.id, m.published_at,
	'# ' || g.name || ' ' || to_char(m.meeting_date, 'YYYY-MM-DD') || E'\n\n'
	|| '**Tid:** ' || to_char(mm.start_time, 'HH24.MI') || '–' || to_char(mm.end_time, 'HH24.MI') || E'\n\n## Närvarande\n\n'
	|| (SELECT string_agg('- ' || p.full_name || coalesce(', ' || a.organisation_label, ''), E'\n' ORDER BY p.full_name)
		FROM meetings_attendance a JOIN directory_person p ON p.id = a.person_id
		WHERE a.meeting_id = m.id AND a.status = 'PRESENT')
	|| E'\n\n'
	|| (SELECT string_agg('## ' || i.position || '. ' || i.title || E'\n\n' || i.notes, E'\n\n' ORDER BY i.position)
		FROM meetings_agenda_item i WHERE i.meeting_id = m.id AND i.kind = 'REGULAR')
	|| E'\n' AS content
FROM bench_meeting m
JOIN meetings_meeting mm ON mm.id = m.id
JOIN groups_group g ON g.id = m.group_id
WHERE m.minutes_status = 'PUBLISHED';

INSERT INTO meetings_minutes_version (meeting_id, version, created_at, created_by, reason, content)
SELECT id, 1, published_at, 'samordnare', NULL, content FROM bench_markdown;
INSERT INTO meetings_minutes_version (meeting_id, version, created_at, created_by, reason, content)
SELECT b.id, 2, b.published_at + interval '3 days', 'samordnare', 'Rättat ett namn under Närvarande.',
	b.content || E'\n_Ändrat efter publicering._\n'
FROM bench_markdown b JOIN meetings_meeting m ON m.id = b.id
WHERE m.minutes_version = 2;

INSERT INTO shared_audit_event (occurred_at, actor, subject, subject_id, action, detail)
SELECT published_at, 'samordnare', 'minutes', id, 'published', 'archived minutes (benchmark archive)'
FROM bench_markdown;

COMMIT;

ANALYZE;

-- What was made, for the log.
SELECT (SELECT count(*) FROM groups_group) AS groups,
	(SELECT count(*) FROM meetings_meeting) AS meetings,
	(SELECT count(*) FROM meetings_meeting WHERE minutes_status = 'PUBLISHED') AS published,
	(SELECT count(*) FROM directory_person) AS people,
	(SELECT count(*) FROM meetings_attendance) AS attendance,
	(SELECT count(*) FROM meetings_agenda_item) AS agenda_items,
	(SELECT count(*) FROM meetings_decision) AS decisions,
	(SELECT count(*) FROM meetings_action_item) AS actions,
	(SELECT count(*) FROM meetings_action_item WHERE status = 'OPEN') AS open_actions,
	(SELECT count(*) FROM meetings_action_owner o JOIN meetings_action_item a ON a.id = o.action_item_id
		WHERE o.person_id = (SELECT id FROM directory_person WHERE full_name = 'David Bergström') AND a.status = 'OPEN') AS davids_open_actions,
	pg_size_pretty(pg_database_size(current_database())) AS database_size;
