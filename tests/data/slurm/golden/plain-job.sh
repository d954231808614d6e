#!/bin/bash
#SBATCH --job-name=gpt2-lora-lr-sweep
#SBATCH --account=AIFAC_L13_018
#SBATCH --partition=boost_usr_prod
#SBATCH --reservation=maint_2026
#SBATCH --nodes=1
#SBATCH --gpus-per-node=4
#SBATCH --cpus-per-task=8
#SBATCH --mem=120G
#SBATCH --time=02:00:00
#SBATCH --output=fabbrica-%x-%j.out
#SBATCH --error=fabbrica-%x-%j.err
#
# Written by Fabbrica for the experiment "gpt2-lora-lr-sweep". Edits are lost at the next submission: change the experiment instead.
# Runs under sbatch, or under bash as is: the lines above are comments to bash.

fab_fail() { printf 'fabbrica: %s\n' "$*" >&2; exit 1; }
export FABBRICA_RUN_DIR="${SLURM_SUBMIT_DIR:-$PWD}"
cd "$FABBRICA_RUN_DIR" || fab_fail "cannot enter the run folder $FABBRICA_RUN_DIR"
case ${SLURM_ARRAY_TASK_ID:-0} in ''|*[!0-9]*) fab_fail "SLURM_ARRAY_TASK_ID is not a number";; esac
export FABBRICA_TASK=$(( 0 + ${SLURM_ARRAY_TASK_ID:-0} ))
export FABBRICA_TASK_COUNT=1
export FABBRICA_P_lr='0.0003'
export FABBRICA_P_batch='32'
export FABBRICA_METRICS="$FABBRICA_RUN_DIR/"'metrics.jsonl'
mkdir -p "${FABBRICA_METRICS%/*}" || fab_fail "cannot create the folder of $FABBRICA_METRICS"

module load 'profile/deeplrn' || fab_fail "module load failed:" 'profile/deeplrn'
module load 'cineca-ai' || fab_fail "module load failed:" 'cineca-ai'
export HF_HOME="$SCRATCH/hf"

# ---- the experiment's command ----
python train.py --lr '0.0003' --batch-size '32'
