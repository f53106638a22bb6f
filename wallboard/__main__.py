import sys

from wallboard.cli import main

sys.exit(main())
