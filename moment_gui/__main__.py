from moment_gui.cli import main

raise SystemExit(main())
