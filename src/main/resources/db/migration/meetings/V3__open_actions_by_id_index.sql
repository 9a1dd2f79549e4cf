-- Someone's open actions (Mina sidor, the start page, the list of all actions) are found
-- by the ids of the actions they own: this index holds only the open ones, a few hundred
-- among thousands, so the ids are looked up in a handful of pages.
CREATE INDEX meetings_action_item_open_id_idx ON meetings_action_item (id) WHERE status = 'OPEN';
