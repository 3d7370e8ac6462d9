-- Categories: ROOT re-approved after a label change (online with the old label); DISCOUNTS live but missing
-- online; SEASONAL approved under DISCOUNTS (deployed level by level); DRAFTS not approved; ORPHANED approved
-- under DRAFTS (skipped); OLD archived (removed), taking its live child GONE_CHILD with it.
-- Old deployments are at 1700000000000 (2023-11-14).
INSERT INTO offer_categories (id, parent_id, name, label, state, deployed_at) VALUES (1, NULL, 'ROOT', 'All offers', 'approved', 1700000000000);
INSERT INTO offer_categories (id, parent_id, name, label, state, deployed_at) VALUES (2, 1, 'DISCOUNTS', 'Discounts', 'live', 1700000000000);
INSERT INTO offer_categories (id, parent_id, name, label, state, deployed_at) VALUES (3, 2, 'SEASONAL', 'Seasonal', 'approved', NULL);
INSERT INTO offer_categories (id, parent_id, name, label, state, deployed_at) VALUES (4, 1, 'DRAFTS', 'Drafts', 'draft', NULL);
INSERT INTO offer_categories (id, parent_id, name, label, state, deployed_at) VALUES (5, 4, 'ORPHANED', 'Orphaned', 'approved', NULL);
INSERT INTO offer_categories (id, parent_id, name, label, state, deployed_at) VALUES (6, 1, 'OLD', 'Old', 'archived', 1700000000000);
INSERT INTO offer_categories (id, parent_id, name, label, state, deployed_at) VALUES (7, 6, 'GONE_CHILD', 'Under old', 'live', 1700000000000);
INSERT INTO online_offer_categories (id, parent_id, name, label, deployed_at) VALUES (1, NULL, 'ROOT', 'Old root label', 1700000000000);
INSERT INTO online_offer_categories (id, parent_id, name, label, deployed_at) VALUES (6, 1, 'OLD', 'Old', 1700000000000);
INSERT INTO online_offer_categories (id, parent_id, name, label, deployed_at) VALUES (7, 6, 'GONE_CHILD', 'Under old', 1700000000000);
-- Offers: approved in SEASONAL (deployed); live in DISCOUNTS but missing online (deployed again); approved in
-- DRAFTS and approved without category (skipped); withdrawn and archived (removed); live under GONE_CHILD
-- (removed with it); being edited again (its last approved version stays online); live and online (left
-- alone); and an online copy whose offer was deleted (removed).
INSERT INTO offers (id, category_id, name, label, state, approved_at, deployed_at) VALUES (1, 3, 'OFR001', 'Spring 10% off', 'approved', @DAYS_AGO(1)@, NULL);
INSERT INTO offers (id, category_id, name, label, state, approved_at, deployed_at) VALUES (2, 2, 'OFR002', 'Free shipping', 'live', @DAYS_AGO(40)@, 1700000000000);
INSERT INTO offers (id, category_id, name, label, state, approved_at, deployed_at) VALUES (3, 4, 'OFR003', 'Draft bundle', 'approved', @DAYS_AGO(2)@, NULL);
INSERT INTO offers (id, category_id, name, label, state, approved_at, deployed_at) VALUES (4, NULL, 'OFR004', 'Homeless', 'approved', @DAYS_AGO(2)@, NULL);
INSERT INTO offers (id, category_id, name, label, state, approved_at, deployed_at) VALUES (5, 2, 'OFR005', 'Withdrawn deal', 'withdrawn', @DAYS_AGO(90)@, 1700000000000);
INSERT INTO offers (id, category_id, name, label, state, approved_at, deployed_at) VALUES (6, 2, 'OFR006', 'Last year', 'archived', @DAYS_AGO(400)@, 1700000000000);
INSERT INTO offers (id, category_id, name, label, state, approved_at, deployed_at) VALUES (7, 7, 'OFR007', 'Under the old', 'live', @DAYS_AGO(90)@, 1700000000000);
INSERT INTO offers (id, category_id, name, label, state, approved_at, deployed_at) VALUES (8, 1, 'OFR008', 'Being edited', 'draft', @DAYS_AGO(90)@, 1700000000000);
INSERT INTO offers (id, category_id, name, label, state, approved_at, deployed_at) VALUES (9, 1, 'OFR009', 'Double points', 'live', @DAYS_AGO(90)@, 1700000000000);
INSERT INTO online_offers (id, category_id, name, label, deployed_at) VALUES (5, 2, 'OFR005', 'Withdrawn deal', 1700000000000);
INSERT INTO online_offers (id, category_id, name, label, deployed_at) VALUES (6, 2, 'OFR006', 'Last year', 1700000000000);
INSERT INTO online_offers (id, category_id, name, label, deployed_at) VALUES (7, 7, 'OFR007', 'Under the old', 1700000000000);
INSERT INTO online_offers (id, category_id, name, label, deployed_at) VALUES (8, 1, 'OFR008', 'Being edited (v1)', 1700000000000);
INSERT INTO online_offers (id, category_id, name, label, deployed_at) VALUES (9, 1, 'OFR009', 'Double points', 1700000000000);
INSERT INTO online_offers (id, category_id, name, label, deployed_at) VALUES (10, 1, 'OFR010', 'Deleted since', 1700000000000);
