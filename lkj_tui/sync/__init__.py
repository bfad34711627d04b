"""Sharing a store between offices and laptops with git (docs/sharing.md): ``lkj-tui sync``, the
merge driver, the history of saves. Imported only by the commands that share; ``lkj-tui status``
never imports it."""
