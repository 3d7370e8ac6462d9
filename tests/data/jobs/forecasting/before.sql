-- Email history: twelve sent deliveries (only the latest ten count: mean 550), one that sent nothing and a
-- deleted one (ignored). SMS history: three (mean 20.67, rounded to 21). No LINE history.
-- The provisional calendar: four deliveries in 2099 (one without history), a deleted one, one whose date
-- has passed and one no longer provisional, the last two with provisional logs to remove; delivery 106
-- has three older provisional logs, replaced by one.
INSERT INTO deliveries (id, internal_name, label, channel, state, provisional, deleted, created_at, scheduled_at, sent) VALUES (1, 'DM001', 'Weekly news 1', 'email', 'finished', 0, 0, @DAYS_AGO(60)@, @DAYS_AGO(1)@, 100);
INSERT INTO deliveries (id, internal_name, label, channel, state, provisional, deleted, created_at, scheduled_at, sent) VALUES (2, 'DM002', 'Weekly news 2', 'email', 'finished', 0, 0, @DAYS_AGO(60)@, @DAYS_AGO(2)@, 200);
INSERT INTO deliveries (id, internal_name, label, channel, state, provisional, deleted, created_at, scheduled_at, sent) VALUES (3, 'DM003', 'Weekly news 3', 'email', 'finished', 0, 0, @DAYS_AGO(60)@, @DAYS_AGO(3)@, 300);
INSERT INTO deliveries (id, internal_name, label, channel, state, provisional, deleted, created_at, scheduled_at, sent) VALUES (4, 'DM004', 'Weekly news 4', 'email', 'finished', 0, 0, @DAYS_AGO(60)@, @DAYS_AGO(4)@, 400);
INSERT INTO deliveries (id, internal_name, label, channel, state, provisional, deleted, created_at, scheduled_at, sent) VALUES (5, 'DM005', 'Weekly news 5', 'email', 'finished', 0, 0, @DAYS_AGO(60)@, @DAYS_AGO(5)@, 500);
INSERT INTO deliveries (id, internal_name, label, channel, state, provisional, deleted, created_at, scheduled_at, sent) VALUES (6, 'DM006', 'Weekly news 6', 'email', 'finished', 0, 0, @DAYS_AGO(60)@, @DAYS_AGO(6)@, 600);
INSERT INTO deliveries (id, internal_name, label, channel, state, provisional, deleted, created_at, scheduled_at, sent) VALUES (7, 'DM007', 'Weekly news 7', 'email', 'finished', 0, 0, @DAYS_AGO(60)@, @DAYS_AGO(7)@, 700);
INSERT INTO deliveries (id, internal_name, label, channel, state, provisional, deleted, created_at, scheduled_at, sent) VALUES (8, 'DM008', 'Weekly news 8', 'email', 'finished', 0, 0, @DAYS_AGO(60)@, @DAYS_AGO(8)@, 800);
INSERT INTO deliveries (id, internal_name, label, channel, state, provisional, deleted, created_at, scheduled_at, sent) VALUES (9, 'DM009', 'Weekly news 9', 'email', 'finished', 0, 0, @DAYS_AGO(60)@, @DAYS_AGO(9)@, 900);
INSERT INTO deliveries (id, internal_name, label, channel, state, provisional, deleted, created_at, scheduled_at, sent) VALUES (10, 'DM010', 'Weekly news 10', 'email', 'finished', 0, 0, @DAYS_AGO(60)@, @DAYS_AGO(10)@, 1000);
INSERT INTO deliveries (id, internal_name, label, channel, state, provisional, deleted, created_at, scheduled_at, sent) VALUES (11, 'DM011', 'Weekly news 11', 'email', 'finished', 0, 0, @DAYS_AGO(60)@, @DAYS_AGO(11)@, 1100);
INSERT INTO deliveries (id, internal_name, label, channel, state, provisional, deleted, created_at, scheduled_at, sent) VALUES (12, 'DM012', 'Weekly news 12', 'email', 'finished', 0, 0, @DAYS_AGO(60)@, @DAYS_AGO(12)@, 1200);
INSERT INTO deliveries (id, internal_name, label, channel, state, provisional, deleted, created_at, scheduled_at, sent) VALUES (13, 'DM013', 'Nothing sent', 'email', 'finished', 0, 0, @DAYS_AGO(60)@, @DAYS_AGO(1)@, 0);
INSERT INTO deliveries (id, internal_name, label, channel, state, provisional, deleted, created_at, scheduled_at, sent) VALUES (14, 'DM014', 'In the bin', 'email', 'finished', 0, 1, @DAYS_AGO(60)@, @DAYS_AGO(1)@, 99999);
INSERT INTO deliveries (id, internal_name, label, channel, state, provisional, deleted, created_at, scheduled_at, sent) VALUES (21, 'SMS021', 'Flash 21', 'sms', 'finished', 0, 0, @DAYS_AGO(60)@, @DAYS_AGO(1)@, 10);
INSERT INTO deliveries (id, internal_name, label, channel, state, provisional, deleted, created_at, scheduled_at, sent) VALUES (22, 'SMS022', 'Flash 22', 'sms', 'finished', 0, 0, @DAYS_AGO(60)@, @DAYS_AGO(2)@, 20);
INSERT INTO deliveries (id, internal_name, label, channel, state, provisional, deleted, created_at, scheduled_at, sent) VALUES (23, 'SMS023', 'Flash 23', 'sms', 'finished', 0, 0, @DAYS_AGO(60)@, @DAYS_AGO(3)@, 32);
INSERT INTO deliveries (id, internal_name, label, channel, state, provisional, deleted, created_at, scheduled_at, sent) VALUES (101, 'PROV101', 'Spring sale', 'email', 'scheduled', 1, 0, @DAYS_AGO(60)@, 4076042400000, 0);
INSERT INTO deliveries (id, internal_name, label, channel, state, provisional, deleted, created_at, scheduled_at, sent) VALUES (102, 'PROV102', 'Spring SMS', 'sms', 'scheduled', 1, 0, @DAYS_AGO(60)@, 4076177400000, 0);
INSERT INTO deliveries (id, internal_name, label, channel, state, provisional, deleted, created_at, scheduled_at, sent) VALUES (103, 'PROV103', 'LINE launch', 'line', 'scheduled', 1, 0, @DAYS_AGO(60)@, 4076208000000, 0);
INSERT INTO deliveries (id, internal_name, label, channel, state, provisional, deleted, created_at, scheduled_at, sent) VALUES (104, 'PROV104', 'Binned plan', 'email', 'scheduled', 1, 1, @DAYS_AGO(60)@, 4076294400000, 0);
INSERT INTO deliveries (id, internal_name, label, channel, state, provisional, deleted, created_at, scheduled_at, sent) VALUES (105, 'PROV105', 'Missed date', 'email', 'scheduled', 1, 0, @DAYS_AGO(60)@, @DAYS_AGO(2)@, 0);
INSERT INTO deliveries (id, internal_name, label, channel, state, provisional, deleted, created_at, scheduled_at, sent) VALUES (106, 'PROV106', 'Easter', 'email', 'scheduled', 1, 0, @DAYS_AGO(60)@, 4076373600000, 0);
INSERT INTO deliveries (id, internal_name, label, channel, state, provisional, deleted, created_at, scheduled_at, sent) VALUES (107, 'DM107', 'Confirmed', 'email', 'scheduled', 0, 0, @DAYS_AGO(60)@, @DAYS_AHEAD(3)@, 0);
INSERT INTO provisional_logs (delivery_id, day, volume) VALUES (105, @DAYS_AGO(2)@, 500);
INSERT INTO provisional_logs (delivery_id, day, volume) VALUES (107, @DAYS_AHEAD(3)@, 700);
INSERT INTO provisional_logs (delivery_id, day, volume) VALUES (106, 4076352000000, 1234);
INSERT INTO provisional_logs (delivery_id, day, volume) VALUES (106, 4076438400000, 1234);
INSERT INTO provisional_logs (delivery_id, day, volume) VALUES (106, 4076524800000, 1234);
INSERT INTO provisional_logs (delivery_id, day, volume) VALUES (103, 4076179200000, 42);
