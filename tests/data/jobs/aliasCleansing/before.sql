-- Two enumerations tied to recipient fields, one naming a field that may not be touched.
INSERT INTO enumerations (id, name, label, field) VALUES (1, 'country', 'Country', 'country');
INSERT INTO enumerations (id, name, label, field) VALUES (2, 'city', 'City', 'city');
INSERT INTO enumerations (id, name, label, field) VALUES (3, 'sneaky', 'Sneaky', 'email; DROP TABLE recipients');
INSERT INTO enumeration_values (enumeration_id, value, label) VALUES (1, 'FR', 'France');
INSERT INTO enumeration_values (enumeration_id, value, label) VALUES (1, 'DE', 'Germany');
INSERT INTO enumeration_aliases (enumeration_id, alias, value) VALUES (1, 'France', 'FR');
INSERT INTO enumeration_aliases (enumeration_id, alias, value) VALUES (1, 'Deutschland', 'DE');
INSERT INTO enumeration_aliases (enumeration_id, alias, value) VALUES (2, 'Paname', 'Paris');
INSERT INTO enumeration_aliases (enumeration_id, alias, value) VALUES (3, 'x', 'y');
INSERT INTO recipients (id, email, country, city, created_at, modified_at) VALUES (1, 'a@example.test', 'France', 'Paname', @DAYS_AGO(3)@, 0);
INSERT INTO recipients (id, email, country, city, created_at, modified_at) VALUES (2, 'b@example.test', ' france ', 'Lyon', @DAYS_AGO(3)@, 0);
INSERT INTO recipients (id, email, country, city, created_at, modified_at) VALUES (3, 'c@example.test', 'DEUTSCHLAND', 'paname', @DAYS_AGO(2)@, 0);
INSERT INTO recipients (id, email, country, city, created_at, modified_at) VALUES (4, 'd@example.test', 'FR', 'Paris', @DAYS_AGO(2)@, 0);
INSERT INTO recipients (id, email, country, city, created_at, modified_at) VALUES (5, 'e@example.test', 'Spain', NULL, @DAYS_AGO(1)@, 0);
INSERT INTO recipients (id, email, country, city, created_at, modified_at) VALUES (6, 'f@example.test', NULL, 'Berlin', @DAYS_AGO(1)@, 0);
