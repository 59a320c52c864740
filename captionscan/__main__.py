"""`python -m captionscan`: the same command as the installed `captionscan`."""

from captionscan.cli import main

if __name__ == "__main__":  # a spawned worker imports this module again, as __mp_main__: it must not run the CLI
    main()
