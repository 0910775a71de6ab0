CREATE TABLE half_done (id INTEGER PRIMARY KEY);
UPDATE note SET body = 'ændret';
INSERT INTO table_that_does_not_exist VALUES (1);
