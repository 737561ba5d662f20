"""AliAssist: keep AliExpress Buyer Protection deadlines, dispute safely, keep the evidence."""

__version__ = "0.1.0"
APP_NAME = "AliAssist"
APP_ID = "aliassist"
