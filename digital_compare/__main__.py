from digital_compare.tools.cli import main

raise SystemExit(main())
