-- A rebuild proves it is alive with a heartbeat; one whose instance stopped (shut down, redeployed, crashed)
-- can then be taken over after two minutes instead of blocking rebuilds for half an hour.
ALTER TABLE kb_index_state ADD COLUMN heartbeat_at DATETIME(6) NULL;
