-- When the demo data was loaded into this database, so that the screens can say that its people,
-- numbers and dates are invented. No row: the database holds no demo data.
CREATE TABLE demo_data_load (
    id        BIGINT      NOT NULL AUTO_INCREMENT,
    loaded_at DATETIME(6) NOT NULL,
    CONSTRAINT pk_demo_data_load PRIMARY KEY (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
