from samenwerking_cli.entry import main

main()
