// Every test words messages as the game does: English and German, every area, loaded up front.
import * as german from '../src/i18n/messages/de';
import '../src/i18n/game-messages';
import { addMessages } from '../src/i18n/translate';

addMessages('de', german);
