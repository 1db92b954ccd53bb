// Bot output on our Direct Line channel: instead of calling a Bot Connector service over HTTP, the
// activities the bot sends (in a turn or proactively through continueConversationAsync) are
// appended to the conversation log and pushed to the open streams. Register it LAST with
// adapter.use() so that other middleware sees outgoing activities first.
import type { Middleware, TurnContext } from 'botbuilder';
import { isDirectLineActivity, type DirectLineService } from './directLineService.js';

export class DirectLineMiddleware implements Middleware {
  constructor(private readonly service: DirectLineService) {}

  async onTurn(context: TurnContext, next: () => Promise<void>): Promise<void> {
    if (isDirectLineActivity(context.activity)) {
      context.onSendActivities((ctx, activities) => this.service.deliverFromBot(ctx, activities));
      context.onUpdateActivity(async () => {
        throw new Error('Updating a sent activity is not supported by the self-hosted Direct Line.');
      });
      context.onDeleteActivity(async () => {
        throw new Error('Deleting a sent activity is not supported by the self-hosted Direct Line.');
      });
    }
    await next();
  }
}
