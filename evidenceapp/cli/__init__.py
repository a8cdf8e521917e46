"""The command-line interface. Each module registers its subcommands; handlers call services only."""
