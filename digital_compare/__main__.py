from digital_compare.cli import main

raise SystemExit(main())
