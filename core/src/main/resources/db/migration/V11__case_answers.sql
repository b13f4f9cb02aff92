-- The reporter's answers to the category's extra questions (catalogue/questions.csv), for staff.
ALTER TABLE case_file ADD COLUMN answers VARCHAR(1000) NULL;
