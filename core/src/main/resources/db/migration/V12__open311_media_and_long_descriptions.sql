-- Open311 GeoReport v2 as the specification reads: a request's description is optional and may be up
-- to 4,000 characters; the media_url an integrator sends is kept and given back on the request.
ALTER TABLE case_file
    MODIFY description VARCHAR(4000) NULL,
    MODIFY public_description VARCHAR(4000) NULL,
    ADD COLUMN media_url VARCHAR(2000) NULL;
