#!/bin/bash
#SBATCH --job-name=gpt2-lora-lr-sweep
#SBATCH --account=AIFAC_L13_018
#SBATCH --partition=boost_usr_prod
#SBATCH --qos=normal
#SBATCH --nodes=1
#SBATCH --gpus-per-node=4
#SBATCH --cpus-per-task=8
#SBATCH --mem=120G
#SBATCH --time=02:00:00
#SBATCH --array=0-5%2
#SBATCH --chdir=/leonardo_work/AIFAC_L13_018/fabbrica/runs/gpt2-lora-lr-sweep-20261124-101500
#SBATCH --output=/leonardo_work/AIFAC_L13_018/fabbrica/runs/gpt2-lora-lr-sweep-20261124-101500/fabbrica-%x-%A_%a.out
#SBATCH --error=/leonardo_work/AIFAC_L13_018/fabbrica/runs/gpt2-lora-lr-sweep-20261124-101500/fabbrica-%x-%A_%a.err
#
# Written by Fabbrica for the experiment "gpt2-lora-lr-sweep". Edits are lost at the next submission: change the experiment instead.
# Runs under sbatch, or under bash as is: the lines above are comments to bash.

fab_fail() { printf 'fabbrica: %s\n' "$*" >&2; exit 1; }
export FABBRICA_RUN_DIR='/leonardo_work/AIFAC_L13_018/fabbrica/runs/gpt2-lora-lr-sweep-20261124-101500'
cd "$FABBRICA_RUN_DIR" || fab_fail "cannot enter the run folder $FABBRICA_RUN_DIR"
case ${SLURM_ARRAY_TASK_ID:-0} in ''|*[!0-9]*) fab_fail "SLURM_ARRAY_TASK_ID is not a number";; esac
export FABBRICA_TASK=$(( 0 + ${SLURM_ARRAY_TASK_ID:-0} ))
export FABBRICA_TASK_COUNT=6
[ "${SLURM_ARRAY_TASK_ID:-0}" -lt 6 ] || fab_fail "task $FABBRICA_TASK is beyond this array"
fab_params() {
    local LC_ALL=C table="$FABBRICA_RUN_DIR/"'fabbrica-params.tsv' header row field n=0
    header=$(head -n 1 "$table") || return 1
    [ "$header" = 'lr	batch' ] || fab_fail "$table does not have the columns this script expects"
    row=$(sed -n "$((FABBRICA_TASK + 2)){p;q;}" "$table"; printf x)
    row=${row%x}
    [ -n "$row" ] || fab_fail "$table has no row for task $FABBRICA_TASK"
    row=${row%$'\n'}
    while IFS= read -r field; do
        case $n in
        0) printf -v FABBRICA_P_lr '%b' "$field" ;;
        1) printf -v FABBRICA_P_batch '%b' "$field" ;;
        esac
        n=$((n + 1))
    done < <(printf '%s\n' "$row" | tr '\t' '\n')
    [ "$n" -eq 2 ] || fab_fail "$table has $n columns in task $FABBRICA_TASK instead of 2"
}
fab_params || fab_fail "cannot read the parameter table"
export FABBRICA_P_lr
export FABBRICA_P_batch
export FABBRICA_METRICS="$FABBRICA_RUN_DIR/tasks/$FABBRICA_TASK/"'metrics.jsonl'
mkdir -p "${FABBRICA_METRICS%/*}" || fab_fail "cannot create the folder of $FABBRICA_METRICS"

module load 'profile/deeplrn' || fab_fail "module load failed:" 'profile/deeplrn'
module load 'cineca-ai' || fab_fail "module load failed:" 'cineca-ai'
export HF_HOME="$SCRATCH/hf"

# ---- the experiment's command ----
python train.py --lr "${FABBRICA_P_lr}" --batch-size "${FABBRICA_P_batch}"
