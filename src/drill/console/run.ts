export interface TrainerConsoleOptions { url: string; joinUrl: string; code: string; drillId: string; secret: string; lang: 'en' | 'zh' }
export async function runTrainerConsole(_o: TrainerConsoleOptions): Promise<void> {
  throw new Error('the trainer console is not built yet; use --headless');
}
