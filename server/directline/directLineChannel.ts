// Bot output on our Direct Line channel: registered with CepAdapter.registerLocalChannel, it
// receives what the bot sends on a Direct Line conversation (in a turn, or proactively through
// continueConversationAsync) at the bottom of the send pipeline, after every middleware, and logs
// and streams it instead of calling a Bot Connector service.
import type { Activity, ResourceResponse, TurnContext } from 'botbuilder';
import type { LocalChannel } from '../adapterFactory.js';
import { isDirectLineActivity, type DirectLineService } from './directLineService.js';

export class DirectLineChannel implements LocalChannel {
  constructor(private readonly service: DirectLineService) {}

  owns(activity: Partial<Activity>): boolean {
    return isDirectLineActivity(activity);
  }

  send(context: TurnContext, activities: Partial<Activity>[]): Promise<ResourceResponse[]> {
    return this.service.deliverFromBot(context, activities);
  }
}
