"""How the flow is executed, in one place, knowing nothing of the pipeline itself.

    runners      which Prefect task runner; local worker processes for the thread runner
    local_pool   worker processes forked from a warm forkserver
    prefect_api  the user's Prefect API, or a temporary one for one command
    watchdog     stops a temporary API whose command was killed
    processes    whether a process is alive
"""
