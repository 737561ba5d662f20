"""What the window uses of aliassist.notify, through the services layer like everything else it
uses: the channels that deliver notices (D-Bus, the tray, the in-app banner), the notices' texts,
and the login entry that starts the app."""

from aliassist.notify.autostart import autostart_entry as autostart_entry
from aliassist.notify.autostart import is_autostart_enabled as is_autostart_enabled
from aliassist.notify.autostart import set_autostart as set_autostart
from aliassist.notify.delivery import BannerChannel as BannerChannel
from aliassist.notify.delivery import DBusChannel as DBusChannel
from aliassist.notify.delivery import Deliverer as Deliverer
from aliassist.notify.delivery import TrayChannel as TrayChannel
from aliassist.notify.delivery import set_windows_app_id as set_windows_app_id
from aliassist.notify.planner import next_deadlines as next_deadlines
from aliassist.notify.texts import Message as Message
from aliassist.notify.texts import compose as compose
from aliassist.notify.texts import local_text as local_text
from aliassist.notify.texts import summary_line as summary_line
