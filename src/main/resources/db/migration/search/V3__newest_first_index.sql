-- A common word matches thousands of documents; the search ranks only the newest of them
-- and reads them in this order, undated documents (people, organisations, groups) first.
CREATE INDEX search_document_newest_idx ON search_document ((coalesce(occurred_on, 'infinity'::date)) DESC, id DESC);
