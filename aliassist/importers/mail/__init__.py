"""Reading the buyer's mail files offline: single .eml files and folders of them, mbox files
(Thunderbird's local folders, Google Takeout) and Maildir folders, streamed message by message.
Nothing is sent anywhere; attachments are never stored."""
