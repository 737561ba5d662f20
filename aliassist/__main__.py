import sys

from aliassist.app import main

sys.exit(main())
