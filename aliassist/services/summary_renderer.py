"""The process that draws a packet's summary.pdf (aliassist.packet.renderer), for a command to
start before it loads the database layer: importing this loads neither SQLAlchemy nor Qt."""

from aliassist.packet.renderer import SummaryRenderer

__all__ = ["SummaryRenderer"]
