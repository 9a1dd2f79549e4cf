-- Which version of the index's contents the stored documents follow. A start with a newer
-- version in the code (or none stored) rebuilds the whole index in the background.
CREATE TABLE search_state (
	id         INT PRIMARY KEY DEFAULT 1 CHECK (id = 1),
	version    INT NOT NULL,
	rebuilt_at TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now()
);
