extension PlanSchema {
    /// Version 1: the event, the venue snapshot and its booths, organisations, products, people,
    /// attendance, connection points, parties and requests, booth assignments, sessions and
    /// published versions.
    ///
    /// Every entity table keeps `seq`, the order entities were added in, so a plan reads back in
    /// the order it was written. Lists (members, sharing organisations, products shown, session
    /// participants and linked points) are join tables keyed by their owner and position.
    /// Nested values (contacts, geometry, timing, the venue snapshot) are JSON text columns.
    static let version1 = Migration(
        version: 1,
        summary: "plan file: event, venue, registrations, booth plan, programme, publications",
        statements: [
            """
            CREATE TABLE event (
                id TEXT PRIMARY KEY NOT NULL,
                name TEXT NOT NULL,
                kind TEXT NOT NULL,
                organiser TEXT NOT NULL,
                province TEXT NOT NULL,
                province_code TEXT,
                province_json TEXT NOT NULL,
                days_json TEXT NOT NULL
            )
            """,
            """
            CREATE TABLE venue (
                slot INTEGER PRIMARY KEY NOT NULL CHECK (slot = 1),
                id TEXT NOT NULL,
                name TEXT NOT NULL,
                snapshot_json TEXT NOT NULL
            )
            """,
            """
            CREATE TABLE venue_booth (
                code TEXT PRIMARY KEY NOT NULL,
                seq INTEGER NOT NULL,
                hall TEXT NOT NULL,
                zone TEXT,
                kind TEXT NOT NULL,
                standard_units INTEGER NOT NULL,
                blocked INTEGER NOT NULL,
                services TEXT NOT NULL
            )
            """,
            """
            CREATE TABLE organisation (
                id TEXT PRIMARY KEY NOT NULL,
                seq INTEGER NOT NULL,
                name TEXT NOT NULL,
                short_name TEXT,
                kind TEXT NOT NULL,
                sector TEXT NOT NULL,
                registration_code TEXT,
                unparsed_registration_code TEXT,
                province TEXT NOT NULL,
                province_code TEXT,
                province_json TEXT NOT NULL,
                address TEXT,
                contacts_json TEXT NOT NULL,
                member_count INTEGER
            )
            """,
            "CREATE INDEX organisation_registration_code ON organisation(registration_code)",
            "CREATE INDEX organisation_province_code ON organisation(province_code)",
            """
            CREATE TABLE organisation_member (
                union_id TEXT NOT NULL REFERENCES organisation(id) ON DELETE CASCADE,
                seq INTEGER NOT NULL,
                member_id TEXT NOT NULL REFERENCES organisation(id) ON DELETE CASCADE,
                PRIMARY KEY (union_id, seq)
            )
            """,
            "CREATE INDEX organisation_member_member ON organisation_member(member_id)",
            """
            CREATE TABLE product (
                id TEXT PRIMARY KEY NOT NULL,
                seq INTEGER NOT NULL,
                name TEXT NOT NULL,
                owner_id TEXT NOT NULL REFERENCES organisation(id) ON DELETE CASCADE,
                classification_json TEXT,
                category TEXT,
                stars INTEGER,
                decision_number TEXT,
                decision_date TEXT,
                valid_until TEXT,
                recognition_json TEXT,
                needs_cold_chain INTEGER NOT NULL
            )
            """,
            "CREATE INDEX product_owner ON product(owner_id)",
            """
            CREATE TABLE person (
                id TEXT PRIMARY KEY NOT NULL,
                seq INTEGER NOT NULL,
                honorific TEXT,
                family_name TEXT NOT NULL,
                middle_name TEXT NOT NULL,
                given_name TEXT NOT NULL,
                position TEXT,
                organisation_id TEXT REFERENCES organisation(id) ON DELETE SET NULL,
                unit TEXT,
                province TEXT,
                province_code TEXT,
                province_json TEXT,
                phone TEXT,
                email TEXT,
                date_of_birth TEXT,
                protocol_rank_override INTEGER
            )
            """,
            "CREATE INDEX person_organisation ON person(organisation_id)",
            """
            CREATE TABLE connection_point (
                id TEXT PRIMARY KEY NOT NULL,
                seq INTEGER NOT NULL,
                name TEXT NOT NULL,
                role TEXT NOT NULL,
                province TEXT NOT NULL,
                province_code TEXT,
                province_json TEXT NOT NULL,
                host TEXT NOT NULL,
                chair_id TEXT REFERENCES person(id) ON DELETE SET NULL,
                hall_capacity INTEGER NOT NULL,
                technical_contact_json TEXT,
                availability_json TEXT NOT NULL,
                link_test_lead_minutes INTEGER NOT NULL
            )
            """,
            """
            CREATE TABLE attendance (
                person_id TEXT NOT NULL REFERENCES person(id) ON DELETE CASCADE,
                event_id TEXT NOT NULL REFERENCES event(id) ON DELETE CASCADE,
                seq INTEGER NOT NULL,
                connection_point_id TEXT REFERENCES connection_point(id) ON DELETE RESTRICT,
                role TEXT NOT NULL,
                PRIMARY KEY (person_id, event_id)
            )
            """,
            "CREATE INDEX attendance_point ON attendance(connection_point_id)",
            """
            CREATE TABLE party (
                id TEXT PRIMARY KEY NOT NULL,
                seq INTEGER NOT NULL,
                name TEXT NOT NULL,
                kind TEXT NOT NULL CHECK (kind IN ('provincial-alliance', 'organisation')),
                organisation_id TEXT REFERENCES organisation(id) ON DELETE RESTRICT,
                province TEXT,
                province_code TEXT,
                province_json TEXT,
                contact_json TEXT,
                registered_at TEXT,
                priority INTEGER NOT NULL,
                cluster TEXT,
                status TEXT NOT NULL
                    CHECK (status IN ('pending', 'confirmed', 'placed', 'waitlisted', 'withdrawn')),
                CHECK ((kind = 'organisation') = (organisation_id IS NOT NULL)),
                CHECK ((kind = 'provincial-alliance') = (province_json IS NOT NULL))
            )
            """,
            "CREATE INDEX party_waiting ON party(status, priority DESC, registered_at)",
            "CREATE INDEX party_organisation ON party(organisation_id)",
            """
            CREATE TABLE booth_request (
                id TEXT PRIMARY KEY NOT NULL,
                seq INTEGER NOT NULL,
                party_id TEXT NOT NULL REFERENCES party(id) ON DELETE CASCADE,
                booths_wanted INTEGER NOT NULL,
                services_json TEXT NOT NULL,
                preferred_zones_json TEXT NOT NULL,
                notes TEXT
            )
            """,
            "CREATE INDEX booth_request_party ON booth_request(party_id)",
            """
            CREATE TABLE request_organisation (
                request_id TEXT NOT NULL REFERENCES booth_request(id) ON DELETE CASCADE,
                seq INTEGER NOT NULL,
                organisation_id TEXT NOT NULL REFERENCES organisation(id) ON DELETE CASCADE,
                PRIMARY KEY (request_id, seq)
            )
            """,
            "CREATE INDEX request_organisation_organisation ON request_organisation(organisation_id)",
            """
            CREATE TABLE request_product (
                request_id TEXT NOT NULL REFERENCES booth_request(id) ON DELETE CASCADE,
                seq INTEGER NOT NULL,
                product_id TEXT NOT NULL REFERENCES product(id) ON DELETE CASCADE,
                PRIMARY KEY (request_id, seq)
            )
            """,
            "CREATE INDEX request_product_product ON request_product(product_id)",
            """
            CREATE TABLE booth_assignment (
                booth_code TEXT PRIMARY KEY NOT NULL REFERENCES venue_booth(code) ON DELETE RESTRICT,
                seq INTEGER NOT NULL,
                party_id TEXT NOT NULL REFERENCES party(id) ON DELETE CASCADE,
                state TEXT NOT NULL CHECK (state IN ('available', 'held', 'assigned', 'blocked')),
                pinned INTEGER NOT NULL
            )
            """,
            "CREATE INDEX booth_assignment_party ON booth_assignment(party_id)",
            """
            CREATE TABLE session (
                id TEXT PRIMARY KEY NOT NULL,
                seq INTEGER NOT NULL,
                title TEXT NOT NULL,
                kind TEXT NOT NULL,
                duration_minutes INTEGER NOT NULL,
                expected_audience INTEGER NOT NULL,
                needs_video_link INTEGER NOT NULL,
                timing_json TEXT NOT NULL,
                order_json TEXT NOT NULL,
                track TEXT,
                room TEXT,
                start TEXT
            )
            """,
            "CREATE INDEX session_room_start ON session(room, start)",
            """
            CREATE TABLE session_participant (
                session_id TEXT NOT NULL REFERENCES session(id) ON DELETE CASCADE,
                seq INTEGER NOT NULL,
                person_id TEXT NOT NULL REFERENCES person(id) ON DELETE RESTRICT,
                role TEXT NOT NULL,
                PRIMARY KEY (session_id, seq)
            )
            """,
            "CREATE INDEX session_participant_person ON session_participant(person_id)",
            """
            CREATE TABLE session_point (
                session_id TEXT NOT NULL REFERENCES session(id) ON DELETE CASCADE,
                seq INTEGER NOT NULL,
                connection_point_id TEXT NOT NULL REFERENCES connection_point(id) ON DELETE RESTRICT,
                PRIMARY KEY (session_id, seq)
            )
            """,
            "CREATE INDEX session_point_point ON session_point(connection_point_id)",
            """
            CREATE TABLE published_version (
                kind TEXT NOT NULL CHECK (kind IN ('booth-plan', 'programme')),
                number INTEGER NOT NULL CHECK (number >= 1),
                note TEXT,
                published_at TEXT NOT NULL,
                content_json TEXT NOT NULL,
                PRIMARY KEY (kind, number)
            )
            """,
        ])
}
