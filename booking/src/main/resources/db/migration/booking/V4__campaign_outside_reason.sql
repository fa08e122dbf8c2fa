-- Events of a campaign fall inside its dates, unless the campaign says why some may not (a drive that continues
-- in the following weeks, say); the reason is shown with such events.
ALTER TABLE booking_campaign ADD COLUMN outside_reason VARCHAR(300) NULL;
