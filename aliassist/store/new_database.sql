-- AliAssist schema 0009 (made by `python -m aliassist.store.plain_open` from a database the models made)
CREATE TABLE accounts (
	id INTEGER NOT NULL, 
	label VARCHAR(200) NOT NULL, 
	platform VARCHAR(40) NOT NULL, 
	created_at INTEGER, 
	CONSTRAINT pk_accounts PRIMARY KEY (id), 
	CONSTRAINT uq_accounts_label UNIQUE (label)
);
CREATE TABLE evidence_files (
	sha256 VARCHAR(64) NOT NULL, 
	size INTEGER NOT NULL, 
	mime VARCHAR(100), 
	width INTEGER, 
	height INTEGER, 
	phash VARCHAR(32), 
	exif_taken_at INTEGER, 
	stored_at INTEGER, 
	CONSTRAINT pk_evidence_files PRIMARY KEY (sha256)
);
CREATE TABLE settings (
	"key" VARCHAR(200) NOT NULL, 
	value TEXT NOT NULL, 
	CONSTRAINT pk_settings PRIMARY KEY ("key")
);
CREATE TABLE vault_blobs (
	id INTEGER NOT NULL, 
	sha256 VARCHAR(64) NOT NULL, 
	size INTEGER NOT NULL, 
	chunks INTEGER NOT NULL, 
	stored_at INTEGER, 
	CONSTRAINT pk_vault_blobs PRIMARY KEY (id), 
	CONSTRAINT uq_vault_blobs_sha256 UNIQUE (sha256)
);
CREATE TABLE orders (
	id INTEGER NOT NULL, 
	platform VARCHAR(40) NOT NULL, 
	number VARCHAR(64) NOT NULL, 
	account_id INTEGER, 
	store VARCHAR(300), 
	store_url TEXT, 
	placed_at INTEGER NOT NULL, 
	shipped_at INTEGER, 
	protection_days INTEGER, 
	protection_ends_at INTEGER, 
	confirmed_at INTEGER, 
	delivered_at INTEGER, 
	delivery_status VARCHAR(20), 
	tracking_number VARCHAR(100), 
	carrier VARCHAR(100), 
	tracking_status TEXT, 
	tracking_updated_at INTEGER, 
	tracking_url TEXT, 
	status_text VARCHAR(100), 
	amount INTEGER, 
	currency VARCHAR(3), 
	note TEXT, 
	date_only TEXT, 
	confirmed_estimate VARCHAR(40), 
	delivered_estimate VARCHAR(40), 
	created_at INTEGER, 
	updated_at INTEGER, 
	version INTEGER DEFAULT '1' NOT NULL, 
	changed_by VARCHAR(100), 
	assignee VARCHAR(100), 
	CONSTRAINT pk_orders PRIMARY KEY (id), 
	CONSTRAINT uq_orders_platform_number UNIQUE (platform, number), 
	CONSTRAINT fk_orders_account_id_accounts FOREIGN KEY(account_id) REFERENCES accounts (id) ON DELETE SET NULL
);
CREATE TABLE vault_chunks (
	blob_id INTEGER NOT NULL, 
	seq INTEGER NOT NULL, 
	sha256 VARCHAR(64) NOT NULL, 
	data BLOB NOT NULL, 
	CONSTRAINT pk_vault_chunks PRIMARY KEY (blob_id, seq), 
	CONSTRAINT fk_vault_chunks_blob_id_vault_blobs FOREIGN KEY(blob_id) REFERENCES vault_blobs (id) ON DELETE CASCADE
);
CREATE TABLE order_items (
	id INTEGER NOT NULL, 
	order_id INTEGER NOT NULL, 
	position INTEGER NOT NULL, 
	title TEXT NOT NULL, 
	url TEXT, 
	sku TEXT, 
	quantity INTEGER NOT NULL, 
	price INTEGER, 
	image_url TEXT, 
	CONSTRAINT pk_order_items PRIMARY KEY (id), 
	CONSTRAINT uq_order_items_position UNIQUE (order_id, position), 
	CONSTRAINT fk_order_items_order_id_orders FOREIGN KEY(order_id) REFERENCES orders (id) ON DELETE CASCADE
);
CREATE TABLE extensions (
	id INTEGER NOT NULL, 
	order_id INTEGER NOT NULL, 
	position INTEGER NOT NULL, 
	days INTEGER NOT NULL, 
	granted_at INTEGER, 
	CONSTRAINT pk_extensions PRIMARY KEY (id), 
	CONSTRAINT fk_extensions_order_id_orders FOREIGN KEY(order_id) REFERENCES orders (id) ON DELETE CASCADE
);
CREATE TABLE mail_events (
	id INTEGER NOT NULL, 
	order_id INTEGER NOT NULL, 
	message_id VARCHAR(300) NOT NULL, 
	event VARCHAR(40) NOT NULL, 
	at INTEGER NOT NULL, 
	subject TEXT, 
	tracking_number VARCHAR(100), 
	created_order BOOLEAN NOT NULL, 
	recorded_at INTEGER, 
	CONSTRAINT pk_mail_events PRIMARY KEY (id), 
	CONSTRAINT uq_mail_events_message UNIQUE (message_id, order_id, event), 
	CONSTRAINT fk_mail_events_order_id_orders FOREIGN KEY(order_id) REFERENCES orders (id) ON DELETE CASCADE
);
CREATE TABLE disputes (
	id INTEGER NOT NULL, 
	order_id INTEGER NOT NULL, 
	position INTEGER NOT NULL, 
	item_id INTEGER, 
	reason VARCHAR(40) NOT NULL, 
	status VARCHAR(20) NOT NULL, 
	platform_id VARCHAR(100), 
	opened_at INTEGER, 
	seller_responded_at INTEGER, 
	escalated_at INTEGER, 
	return_requested_at INTEGER, 
	return_tracking VARCHAR(100), 
	return_shipped_at INTEGER, 
	closed_at INTEGER, 
	remedy VARCHAR(40), 
	refund_amount INTEGER, 
	description TEXT, 
	created_at INTEGER, 
	updated_at INTEGER, 
	CONSTRAINT pk_disputes PRIMARY KEY (id), 
	CONSTRAINT fk_disputes_order_id_orders FOREIGN KEY(order_id) REFERENCES orders (id) ON DELETE CASCADE, 
	CONSTRAINT fk_disputes_item_id_order_items FOREIGN KEY(item_id) REFERENCES order_items (id) ON DELETE SET NULL
);
CREATE TABLE dispute_events (
	id INTEGER NOT NULL, 
	dispute_id INTEGER NOT NULL, 
	kind VARCHAR(40) NOT NULL, 
	at INTEGER NOT NULL, 
	amount INTEGER, 
	detail TEXT, 
	recorded_at INTEGER, 
	recorded_by VARCHAR(100), 
	CONSTRAINT pk_dispute_events PRIMARY KEY (id), 
	CONSTRAINT fk_dispute_events_dispute_id_disputes FOREIGN KEY(dispute_id) REFERENCES disputes (id) ON DELETE CASCADE
);
CREATE TABLE payments (
	id INTEGER NOT NULL, 
	order_id INTEGER NOT NULL, 
	position INTEGER NOT NULL, 
	kind VARCHAR(20) NOT NULL, 
	provider VARCHAR(60), 
	amount INTEGER, 
	at INTEGER, 
	dispute_id INTEGER, 
	CONSTRAINT pk_payments PRIMARY KEY (id), 
	CONSTRAINT fk_payments_order_id_orders FOREIGN KEY(order_id) REFERENCES orders (id) ON DELETE CASCADE, 
	CONSTRAINT fk_payments_dispute_id_disputes FOREIGN KEY(dispute_id) REFERENCES disputes (id) ON DELETE SET NULL
);
CREATE TABLE evidence (
	id INTEGER NOT NULL, 
	order_id INTEGER NOT NULL, 
	position INTEGER NOT NULL, 
	sha256 VARCHAR(64) NOT NULL, 
	kind VARCHAR(30) NOT NULL, 
	name TEXT NOT NULL, 
	checklist VARCHAR(60), 
	dispute_id INTEGER, 
	note TEXT, 
	taken_at INTEGER, 
	added_at INTEGER, 
	CONSTRAINT pk_evidence PRIMARY KEY (id), 
	CONSTRAINT fk_evidence_order_id_orders FOREIGN KEY(order_id) REFERENCES orders (id) ON DELETE CASCADE, 
	CONSTRAINT fk_evidence_sha256_evidence_files FOREIGN KEY(sha256) REFERENCES evidence_files (sha256) ON DELETE RESTRICT, 
	CONSTRAINT fk_evidence_dispute_id_disputes FOREIGN KEY(dispute_id) REFERENCES disputes (id) ON DELETE SET NULL
);
CREATE TABLE notifications (
	id INTEGER NOT NULL, 
	"key" VARCHAR(200) NOT NULL, 
	order_id INTEGER, 
	dispute_id INTEGER, 
	clock VARCHAR(40), 
	threshold_days INTEGER, 
	due_at INTEGER, 
	event VARCHAR(20) NOT NULL, 
	channel VARCHAR(20), 
	at INTEGER NOT NULL, 
	until INTEGER, 
	CONSTRAINT pk_notifications PRIMARY KEY (id), 
	CONSTRAINT fk_notifications_order_id_orders FOREIGN KEY(order_id) REFERENCES orders (id) ON DELETE CASCADE, 
	CONSTRAINT fk_notifications_dispute_id_disputes FOREIGN KEY(dispute_id) REFERENCES disputes (id) ON DELETE CASCADE
);
CREATE TABLE alembic_version (
	version_num VARCHAR(32) NOT NULL, 
	CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);
CREATE INDEX ix_dispute_events_dispute_id ON dispute_events (dispute_id);
CREATE INDEX ix_disputes_order_id ON disputes (order_id);
CREATE INDEX ix_disputes_status ON disputes (status);
CREATE INDEX ix_evidence_order_id ON evidence (order_id);
CREATE INDEX ix_evidence_sha256 ON evidence (sha256);
CREATE INDEX ix_extensions_order_id ON extensions (order_id);
CREATE INDEX ix_mail_events_message_id ON mail_events (message_id);
CREATE INDEX ix_mail_events_order_id ON mail_events (order_id);
CREATE INDEX ix_notifications_key ON notifications ("key");
CREATE INDEX ix_notifications_order_id ON notifications (order_id);
CREATE INDEX ix_orders_account_id ON orders (account_id) WHERE account_id IS NOT NULL;
CREATE INDEX ix_orders_assignee ON orders (assignee) WHERE assignee IS NOT NULL;
CREATE INDEX ix_orders_placed_at ON orders (placed_at);
CREATE INDEX ix_payments_order_id ON payments (order_id);
