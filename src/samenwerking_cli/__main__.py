from samenwerking_cli.cli import main

main()
